package org.sangsaeng.governance;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sangsaeng.governance.domain.CoopFounding;
import org.sangsaeng.governance.domain.LeaderElection;
import org.sangsaeng.governance.domain.LeaderElections;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.membership.MembersAdministration;
import org.sangsaeng.notifications.Localized;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the leader-election process, for its job workers only: no signed-in user, each safe
 * to run twice.
 */
@Service
@Transactional
public class ElectionSteps {

    /** Who installs a leader the members elected, in the audit trail of administrative changes. */
    static final String ELECTED_BY_VOTE = "member-vote";

    private final LeaderElections elections;
    private final LeaderElectionService service;
    private final CoopFoundingService foundings;
    private final CoopRulesService rules;
    private final MembersAdministration members;
    private final MemberDirectory directory;
    private final NotificationService notifications;
    private final Clock clock;

    ElectionSteps(
            LeaderElections elections,
            LeaderElectionService service,
            CoopFoundingService foundings,
            CoopRulesService rules,
            MembersAdministration members,
            MemberDirectory directory,
            NotificationService notifications,
            Clock clock) {
        this.elections = elections;
        this.service = service;
        this.foundings = foundings;
        this.rules = rules;
        this.members = members;
        this.directory = directory;
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Opens the election (for a founding: the first one, all founders standing, closing the rules'
     * vote time from now) and returns what the member vote is called with. Members are told.
     */
    public Map<String, Object> open(Long electionId, Long foundingId, long coopId) {
        LeaderElection e =
                electionId != null
                        ? lock(electionId)
                        : elections
                                .findByFoundingId(foundingId)
                                .orElseGet(() -> firstElection(foundingId, coopId));
        RuleSet in = rules.pinCurrent(coopId).rules();
        Map<String, Object> v = new HashMap<>();
        v.put("electionId", e.getId());
        v.put("businessKey", LeaderElectionService.BUSINESS_KEY_PREFIX + e.getId());
        v.put("candidates", e.candidates());
        v.put("voteTitle", "조합장 선거 · " + coopName(coopId));
        v.put("voteDeadline", e.getDeadline().toString());
        v.put("quorumPercent", in.quorumPercent());
        v.put("approvalRule", in.approvalRule().name());
        v.put("requiredSharePercent", in.requiredSharePercent());
        v.put("reasonRequiredForNo", false);
        v.put("reminderLead", in.reminderLead().toString());
        String names = String.join(", ", e.candidates().stream().map(this::displayName).toList());
        for (MemberDirectory.Member m : directory.activeMembers(coopId)) {
            notifications.send(
                    new Notice(
                            m.id(),
                            Template.ELECTION_OPENED,
                            Map.of(
                                    "coop",
                                    coopName(coopId),
                                    "candidates",
                                    names,
                                    "deadline",
                                    java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                            .withZone(clock.getZone())
                                            .format(e.getDeadline())),
                            "coops/" + coopId + "/members",
                            coopId,
                            false,
                            "election-opened:" + e.getId()));
        }
        return v;
    }

    /** A tie or no quorum: the foundation chooses, due the rules' decision time from now. */
    public String noWinner(long electionId) {
        LeaderElection e = lock(electionId);
        e.noWinner();
        return clock.instant()
                .plus(rules.pinCurrent(e.getCoopId()).rules().decisionTime())
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
    }

    /**
     * The elected (or appointed) candidate becomes the co-op's leader, the leader before a member;
     * members are told who leads and how.
     */
    public void install(long electionId, String elected) {
        LeaderElection e = lock(electionId);
        String actor;
        String reason;
        if (e.getState() == ElectionState.APPOINTING || e.getState() == ElectionState.APPOINTED) {
            actor = directory.username(e.getAppointedBy());
            reason = e.getReason();
        } else {
            e.elected(elected, directory.userId(elected), clock.instant());
            actor = ELECTED_BY_VOTE;
            reason = "elected by member vote (election #" + electionId + ")";
        }
        String leader = directory.username(e.getLeaderId());
        members.installLeader(e.getCoopId(), leader, actor, reason);
        Localized how = new Localized("election.how." + e.getState().name());
        for (MemberDirectory.Member m : directory.activeMembers(e.getCoopId())) {
            notifications.send(
                    new Notice(
                            m.id(),
                            Template.ELECTION_DECIDED,
                            Map.of(
                                    "coop",
                                    coopName(e.getCoopId()),
                                    "leader",
                                    displayName(leader),
                                    "how",
                                    how),
                            "coops/" + e.getCoopId() + "/members",
                            e.getCoopId(),
                            false,
                            "election-decided:" + electionId));
        }
    }

    private LeaderElection firstElection(long foundingId, long coopId) {
        CoopFounding f = foundings.lock(foundingId);
        List<String> founders =
                directory
                        .people(f.getFounders().stream().map(x -> x.getUserId()).toList())
                        .values()
                        .stream()
                        .map(MemberDirectory.Person::username)
                        .sorted()
                        .toList();
        RuleSet in = foundings.rules(f);
        return elections.saveAndFlush(
                new LeaderElection(
                        coopId,
                        foundingId,
                        f.getProposerId(),
                        clock.instant().plus(in.voteDuration()).truncatedTo(ChronoUnit.SECONDS),
                        founders,
                        clock.instant()));
    }

    private LeaderElection lock(long electionId) {
        return elections
                .findForUpdate(electionId)
                .orElseThrow(() -> new NotFoundException("error.election.notFound", electionId));
    }

    private String displayName(String username) {
        return directory
                .userIdOf(username)
                .map(id -> directory.person(id).displayName())
                .orElse(username);
    }

    private String coopName(long coopId) {
        return service.coopName(coopId);
    }
}
