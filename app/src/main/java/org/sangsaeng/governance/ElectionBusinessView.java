package org.sangsaeng.governance;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sangsaeng.governance.domain.LeaderElections;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.BusinessSummary.Fact;
import org.sangsaeng.shared.BusinessView;
import org.sangsaeng.shared.Messages;
import org.springframework.stereotype.Component;

/** A leader election next to its trail: its state, candidates and who leads once decided. */
@Component
class ElectionBusinessView implements BusinessView {

    private final LeaderElectionService elections;
    private final LeaderElections titleSource;
    private final Messages messages;

    ElectionBusinessView(
            LeaderElectionService elections, LeaderElections titleSource, Messages messages) {
        this.elections = elections;
        this.titleSource = titleSource;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return LeaderElectionService.BUSINESS_KEY_PREFIX;
    }

    @Override
    public Map<Long, String> titles(Collection<Long> ids) {
        // The co-op's name is the election's title.
        return titleSource.findAllById(ids).stream()
                .collect(Collectors.toMap(e -> e.getId(), e -> elections.coopName(e.getCoopId())));
    }

    @Override
    public Optional<BusinessSummary> summary(long id, Locale locale) {
        return BusinessView.ifFound(() -> elections.get(id))
                .map(
                        e ->
                                new BusinessSummary(
                                        messages.get("explorer.kind.election", locale),
                                        elections.coopName(e.coopId()),
                                        "coops/" + e.coopId() + "/members",
                                        List.of(
                                                new Fact(
                                                        messages.get("explorer.fact.state", locale),
                                                        messages.get(
                                                                "electionState." + e.state().name(),
                                                                locale)),
                                                new Fact(
                                                        messages.get("election.candidates", locale),
                                                        String.join(", ", e.candidates())),
                                                new Fact(
                                                        messages.get("election.leader", locale),
                                                        e.leaderName() == null
                                                                ? "-"
                                                                : e.leaderName()),
                                                new Fact(
                                                        messages.get(
                                                                "explorer.fact.reason", locale),
                                                        e.reason() == null ? "-" : e.reason()))));
    }
}
