package org.sangsaeng.governance;

import static org.sangsaeng.shared.SummaryFacts.orDash;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sangsaeng.governance.domain.LeaderElections;
import org.sangsaeng.shared.BusinessSummaries;
import org.sangsaeng.shared.BusinessSummary;
import org.sangsaeng.shared.Messages;
import org.sangsaeng.shared.SummaryFacts;
import org.springframework.stereotype.Component;

/** A leader election next to its trail: its state, candidates and who leads once decided. */
@Component
class ElectionSummaries implements BusinessSummaries {

    private final LeaderElectionService elections;
    private final LeaderElections titleSource;
    private final Messages messages;

    ElectionSummaries(
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
        return BusinessSummaries.ifFound(() -> elections.get(id))
                .map(e -> summary(e, new SummaryFacts(messages, locale)));
    }

    private BusinessSummary summary(ElectionDetails e, SummaryFacts facts) {
        facts.message("explorer.fact.state", "electionState." + e.state().name())
                .add("election.candidates", String.join(", ", e.candidates()))
                .add("election.leader", orDash(e.leaderName()))
                .add("explorer.fact.reason", orDash(e.reason()));
        return facts.summary(
                "explorer.kind.election",
                elections.coopName(e.coopId()),
                "coops/" + e.coopId() + "/members");
    }
}
