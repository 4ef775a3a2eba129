package org.sangsaeng.governance;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sangsaeng.governance.domain.CoopProposals;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/** A general proposal next to its trail: its state, author and the rules version it ran under. */
@Component
class ProposalBusinessView implements BusinessView {

    private final CoopProposalService proposals;
    private final Messages messages;

    private final CoopProposals titleSource;

    ProposalBusinessView(
            CoopProposalService proposals, Messages messages, CoopProposals titleSource) {
        this.titleSource = titleSource;
        this.proposals = proposals;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return CoopProposalService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        return BusinessView.byId(titleSource.findTitles(ids));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> proposals.get(id)).map(p -> summary(p, locale));
    }

    private BusinessSummary summary(CoopProposalView p, Locale locale) {
        List<Fact> facts =
                List.of(
                        new Fact(
                                messages.get("explorer.fact.state", locale),
                                messages.get("proposalState." + p.state().name(), locale)),
                        new Fact(messages.get("explorer.fact.author", locale), p.authorName()),
                        new Fact(
                                messages.get("explorer.fact.rulesVersion", locale),
                                Integer.toString(p.rulesVersion())),
                        new Fact(
                                messages.get("explorer.fact.reason", locale),
                                p.declineReason() == null ? "-" : p.declineReason()));
        return new BusinessSummary(
                messages.get("explorer.kind.proposal", locale),
                p.title(),
                "proposals/" + p.id(),
                facts);
    }
}
