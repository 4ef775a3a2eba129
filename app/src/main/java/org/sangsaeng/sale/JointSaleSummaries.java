package org.sangsaeng.sale;

import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Component;

/**
 * A joint offer next to its trail: stage, price against the parts, sets ordered, each shop's
 * answer.
 */
@Component
class JointSaleSummaries extends ObjectSummaries<OfferDetails> {

    JointSaleSummaries(JointOfferService offers, JointOffers titleSource, Messages messages) {
        super(
                JointOfferService.BUSINESS_KEY_PREFIX,
                offers::get,
                titleSource::findTitles,
                messages);
    }

    @Override
    protected BusinessSummary summary(OfferDetails o, SummaryFacts facts) {
        facts.message("explorer.fact.stage", "sale.stage." + o.stage().name())
                .message(
                        "explorer.fact.salePrice",
                        "explorer.fact.salePriceValue",
                        Won.of(o.salePrice()),
                        Won.of(o.partsTotal()))
                .message(
                        "explorer.fact.sets",
                        "explorer.fact.setsValue",
                        o.setsOrdered(),
                        o.setsTotal(),
                        o.minimumSets());
        for (OfferDetails.PartView p : o.parts()) {
            facts.named(
                    p.shopName(),
                    facts.text(
                            "explorer.fact.partValue",
                            p.item(),
                            p.quantityPerSet(),
                            p.unit(),
                            Won.of(p.pricePerSet()),
                            facts.text("sale.answer." + p.answer().name())));
        }
        return facts.summary("explorer.kind.sale", o.title(), "sales/" + o.id());
    }
}
