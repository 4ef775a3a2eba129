package org.sangsaeng.purchase;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.purchase.domain.Purchases;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.Won;
import org.sangsaeng.voting.VoteService;
import org.sangsaeng.voting.VoteView;
import org.springframework.stereotype.Component;

/**
 * A group purchase next to its trail: stage, supplier, lines with packs, the vote and the split.
 */
@Component
class PurchaseBusinessView implements BusinessView {

    private final PurchaseService purchases;
    private final BillService bills;
    private final VoteService votes;
    private final Messages messages;

    private final Purchases titleSource;

    PurchaseBusinessView(
            PurchaseService purchases,
            BillService bills,
            VoteService votes,
            Messages messages,
            Purchases titleSource) {
        this.titleSource = titleSource;
        this.purchases = purchases;
        this.bills = bills;
        this.votes = votes;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return PurchaseService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> purchases.get(id)).map(p -> summary(p, locale));
    }

    private BusinessSummary summary(PurchaseView p, Locale locale) {
        List<Fact> facts = new ArrayList<>();
        facts.add(
                new Fact(
                        messages.get("explorer.fact.stage", locale),
                        messages.get("stage." + p.stage().name(), locale)));
        facts.add(new Fact(messages.get("explorer.fact.supplier", locale), p.supplierName()));
        for (PurchaseView.LineView l : p.lines()) {
            facts.add(
                    new Fact(
                            l.item(),
                            messages.get(
                                    "explorer.fact.lineValue",
                                    locale,
                                    l.pledgedUnits(),
                                    l.unit(),
                                    dash(l.orderedPacks()),
                                    dash(l.confirmedPacks()))));
        }
        if (p.voteId() != null) {
            VoteView v = votes.get(p.voteId());
            facts.add(
                    new Fact(
                            messages.get("explorer.fact.vote", locale),
                            messages.get(
                                    "explorer.fact.voteValue",
                                    locale,
                                    v.voted(),
                                    v.electorate(),
                                    v.turnoutPercent(),
                                    dash(v.yes()),
                                    dash(v.no()),
                                    dash(v.abstain()),
                                    v.outcome() == null ? "-" : v.outcome().name())));
        }
        for (BillView b : bills.bills(p.id())) {
            facts.add(
                    new Fact(
                            b.member(),
                            messages.get(
                                    "explorer.fact.billValue",
                                    locale,
                                    Won.of(b.total()),
                                    Won.of(b.paid()))));
        }
        return new BusinessSummary(
                messages.get("explorer.kind.purchase", locale),
                p.title(),
                "purchases/" + p.id(),
                facts);
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
