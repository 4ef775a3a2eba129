package org.sangsaeng.purchase;

import static org.sangsaeng.shared.SummaryFacts.orDash;

import org.sangsaeng.purchase.domain.Purchases;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.sangsaeng.shared.Won;
import org.sangsaeng.voting.VoteDetails;
import org.sangsaeng.voting.VoteService;
import org.springframework.stereotype.Component;

/**
 * A group purchase next to its trail: stage, supplier, lines with packs, the vote and the split.
 */
@Component
class PurchaseSummaries extends ObjectSummaries<PurchaseDetails> {

    private final BillService bills;
    private final VoteService votes;

    PurchaseSummaries(
            PurchaseService purchases,
            BillService bills,
            VoteService votes,
            Messages messages,
            Purchases titleSource) {
        super(
                PurchaseService.BUSINESS_KEY_PREFIX,
                purchases::get,
                titleSource::findTitles,
                messages);
        this.bills = bills;
        this.votes = votes;
    }

    @Override
    protected BusinessSummary summary(PurchaseDetails p, SummaryFacts facts) {
        facts.message("explorer.fact.stage", "stage." + p.stage().name())
                .add("explorer.fact.supplier", p.supplierName());
        for (PurchaseDetails.LineView l : p.lines()) {
            facts.named(
                    l.item(),
                    facts.text(
                            "explorer.fact.lineValue",
                            l.pledgedUnits(),
                            l.unit(),
                            orDash(l.orderedPacks()),
                            orDash(l.confirmedPacks())));
        }
        if (p.voteId() != null) {
            VoteDetails v = votes.get(p.voteId());
            facts.message(
                    "explorer.fact.vote",
                    "explorer.fact.voteValue",
                    v.voted(),
                    v.electorate(),
                    v.turnoutPercent(),
                    orDash(v.yes()),
                    orDash(v.no()),
                    orDash(v.abstain()),
                    v.outcome() == null ? "-" : v.outcome().name());
        }
        for (BillDetails b : bills.bills(p.id())) {
            facts.named(
                    b.member(),
                    facts.text("explorer.fact.billValue", Won.of(b.total()), Won.of(b.paid())));
        }
        return facts.summary("explorer.kind.purchase", p.title(), "purchases/" + p.id());
    }
}
