package org.sangsaeng.governance;

import static org.sangsaeng.shared.SummaryFacts.orDash;

import org.sangsaeng.governance.domain.CoopFoundings;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.springframework.stereotype.Component;

/** A co-op founding next to its trail: its state, proposer and how many founders confirmed. */
@Component
class FoundingSummaries extends ObjectSummaries<FoundingDetails> {

    FoundingSummaries(CoopFoundingService foundings, CoopFoundings titleSource, Messages messages) {
        super(
                CoopFoundingService.BUSINESS_KEY_PREFIX,
                foundings::get,
                titleSource::findTitles,
                messages);
    }

    @Override
    protected BusinessSummary summary(FoundingDetails f, SummaryFacts facts) {
        facts.message("explorer.fact.state", "foundingState." + f.state().name())
                .add("explorer.fact.author", f.proposerName())
                .add("founding.confirmed", f.confirmedCount() + " / " + f.founders().size())
                .add("explorer.fact.reason", orDash(f.reason()));
        return facts.summary("explorer.kind.founding", f.name(), "foundings/" + f.id());
    }
}
