package org.sangsaeng.governance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.sangsaeng.governance.domain.CoopProposal;
import org.sangsaeng.membership.MemberDirectory;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.sangsaeng.voting.Outcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of the coop-proposal process, for its job workers only: no signed-in user, each safe to
 * run twice. They read the rules version the proposal started under.
 */
@Service
@Transactional
public class ProposalSteps {

    /** When the vote closes and how long before that the reminder goes out (ISO-8601 duration). */
    public record VoteSchedule(Instant voteDeadline, String reminderLead) {}

    private final CoopProposalService proposals;
    private final CoopRulesService rules;
    private final NotificationService notifications;
    private final MemberDirectory directory;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    ProposalSteps(
            CoopProposalService proposals,
            CoopRulesService rules,
            NotificationService notifications,
            MemberDirectory directory,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.proposals = proposals;
        this.rules = rules;
        this.notifications = notifications;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** The leader accepted: the vote runs for the co-op's vote duration from now. */
    public VoteSchedule openVote(long proposalId) {
        CoopProposal p = proposals.lock(proposalId);
        RuleSet in = rules.version(p.getCoopId(), p.getRulesVersion());
        if (p.getState() == ProposalState.ACCEPTED || p.getState() == ProposalState.PROPOSED) {
            p.voting();
        }
        return new VoteSchedule(
                clock.instant().plus(in.voteDuration()).truncatedTo(ChronoUnit.SECONDS),
                in.reminderLead().toString());
    }

    /** The leader declined: the author reads why. */
    public void declined(long proposalId) {
        CoopProposal p = proposals.find(proposalId);
        notifications.send(
                new Notice(
                        p.getAuthorId(),
                        Template.PROPOSAL_DECLINED,
                        Map.of(
                                "proposal",
                                p.getTitle(),
                                "reason",
                                p.getDeclineReason() == null ? "" : p.getDeclineReason()),
                        link(p),
                        p.getCoopId(),
                        false,
                        "proposal-declined:" + proposalId));
    }

    /** The author withdrew it (the service already marked it); nothing else to undo. */
    public void withdrawn(long proposalId) {
        CoopProposal p = proposals.lock(proposalId);
        if (p.getState() == ProposalState.PROPOSED) {
            p.withdrawn(clock.instant());
        }
    }

    /**
     * Writes the outcome into the decision log, adopts the proposed rules if it passed, and tells
     * every member. A second delivery finds the decision written and does nothing.
     */
    public DecisionView recordOutcome(
            long proposalId,
            long voteId,
            Outcome outcome,
            int yes,
            int no,
            int abstain,
            int electorate) {
        CoopProposal p = proposals.lock(proposalId);
        var existing = proposals.decisionOf(proposalId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ProposalState state = ProposalState.decidedBy(outcome);
        RuleSet proposed = proposals.proposedRules(p);
        Integer adopted =
                state == ProposalState.PASSED && proposed != null
                        ? rules.adoptPassed(p.getCoopId(), proposed, proposalId).version()
                        : null;
        DecisionView decision =
                proposals.record(p, voteId, outcome, yes, no, abstain, electorate, adopted);
        events.publishEvent(new DecisionRecorded(p.getCoopId(), decision));
        Template template =
                state == ProposalState.PASSED
                        ? Template.PROPOSAL_PASSED
                        : Template.PROPOSAL_NOT_PASSED;
        for (MemberDirectory.Member m : directory.activeMembers(p.getCoopId())) {
            notifications.send(
                    new Notice(
                            m.id(),
                            template,
                            Map.of(
                                    "proposal",
                                    p.getTitle(),
                                    "yes",
                                    yes,
                                    "no",
                                    no,
                                    "abstain",
                                    abstain,
                                    "turnout",
                                    decision.turnoutPercent()),
                            link(p),
                            p.getCoopId(),
                            false,
                            "proposal-decided:" + proposalId));
        }
        return decision;
    }

    private static String link(CoopProposal p) {
        return "proposals/" + p.getId();
    }
}
