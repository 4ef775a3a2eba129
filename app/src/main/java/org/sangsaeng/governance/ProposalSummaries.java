package org.sangsaeng.governance;

import static org.sangsaeng.shared.SummaryFacts.orDash;

import org.sangsaeng.governance.domain.CoopProposals;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.ObjectSummaries;
import org.sangsaeng.shared.SummaryFacts;
import org.springframework.stereotype.Component;

/** A general proposal next to its trail: its state, author and the rules version it ran under. */
@Component
class ProposalSummaries extends ObjectSummaries<CoopProposalDetails> {

    ProposalSummaries(CoopProposalService proposals, Messages messages, CoopProposals titleSource) {
        super(
                CoopProposalService.BUSINESS_KEY_PREFIX,
                proposals::get,
                titleSource::findTitles,
                messages);
    }

    @Override
    protected BusinessSummary summary(CoopProposalDetails p, SummaryFacts facts) {
        facts.message("explorer.fact.state", "proposalState." + p.state().name())
                .add("explorer.fact.author", p.authorName())
                .add("explorer.fact.rulesVersion", Integer.toString(p.rulesVersion()))
                .add("explorer.fact.reason", orDash(p.declineReason()));
        return facts.summary("explorer.kind.proposal", p.title(), "proposals/" + p.id());
    }
}
