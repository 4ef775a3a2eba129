package org.sangsaeng.sale;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.sale.domain.JointOffers;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.Won;
import org.springframework.stereotype.Component;

/**
 * A joint offer next to its trail: stage, price against the parts, sets ordered, each shop's
 * answer.
 */
@Component
class JointSaleBusinessView implements BusinessView {

    private final JointOfferService offers;
    private final JointOffers titleSource;
    private final Messages messages;

    JointSaleBusinessView(JointOfferService offers, JointOffers titleSource, Messages messages) {
        this.offers = offers;
        this.titleSource = titleSource;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return JointOfferService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> offers.get(id)).map(o -> summary(o, locale));
    }

    private BusinessSummary summary(OfferView o, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(
                new Fact(
                        messages.get("explorer.fact.stage", locale),
                        messages.get("sale.stage." + o.stage().name(), locale)));
        facts.add(
                new Fact(
                        messages.get("explorer.fact.salePrice", locale),
                        messages.get(
                                "explorer.fact.salePriceValue",
                                locale,
                                Won.of(o.salePrice()),
                                Won.of(o.partsTotal()))));
        facts.add(
                new Fact(
                        messages.get("explorer.fact.sets", locale),
                        messages.get(
                                "explorer.fact.setsValue",
                                locale,
                                o.setsOrdered(),
                                o.setsTotal(),
                                o.minimumSets())));
        for (OfferView.PartView p : o.parts()) {
            facts.add(
                    new Fact(
                            p.shopName(),
                            messages.get(
                                    "explorer.fact.partValue",
                                    locale,
                                    p.item(),
                                    p.quantityPerSet(),
                                    p.unit(),
                                    Won.of(p.pricePerSet()),
                                    messages.get("sale.answer." + p.answer().name(), locale))));
        }
        return new BusinessSummary(
                messages.get("explorer.kind.sale", locale), o.title(), "sales/" + o.id(), facts);
    }
}
