package org.sangsaeng.governance.process;

import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.governance.CoopProposalService;
import org.sangsaeng.governance.ProposalSteps;
import org.sangsaeng.shared.FormValues;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.voting.Outcome;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks and the review form of coop-proposal.bpmn: each one service call. */
@Configuration(proxyBeanMethods = false)
class ProposalWorkers {

    record Ids(long proposalId) {}

    record VoteResult(
            long proposalId,
            long voteId,
            Outcome voteOutcome,
            int voteYes,
            int voteNo,
            int voteAbstain,
            int voteElectorate) {}

    @Bean
    StepWorker proposalOpenVote(ProposalSteps steps) {
        return StepWorker.producing(
                "proposal-open-vote",
                Ids.class,
                ids -> {
                    ProposalSteps.VoteSchedule s = steps.openVote(ids.proposalId());
                    return Map.of(
                            "voteDeadline",
                            s.voteDeadline().toString(),
                            "reminderLead",
                            s.reminderLead());
                });
    }

    @Bean
    StepWorker proposalDecline(ProposalSteps steps) {
        return StepWorker.of(
                "proposal-decline", Ids.class, ids -> steps.declined(ids.proposalId()));
    }

    @Bean
    StepWorker proposalWithdrawn(ProposalSteps steps) {
        return StepWorker.of(
                "proposal-withdrawn", Ids.class, ids -> steps.withdrawn(ids.proposalId()));
    }

    @Bean
    StepWorker proposalRecordOutcome(ProposalSteps steps) {
        return StepWorker.of(
                "proposal-record-outcome",
                VoteResult.class,
                o ->
                        steps.recordOutcome(
                                o.proposalId(),
                                o.voteId(),
                                o.voteOutcome(),
                                o.voteYes(),
                                o.voteNo(),
                                o.voteAbstain(),
                                o.voteElectorate()));
    }

    /** The leader's review: put it to a vote, or decline with a reason the author reads. */
    @Bean
    UserTaskForm proposalReviewForm(CoopProposalService proposals) {
        return UserTaskForm.of(
                FormKey.COOP_PROPOSAL_REVIEW.key(),
                (submitted, taskVariables) -> {
                    if (!(submitted.get("accepted") instanceof Boolean accepted)) {
                        throw new InvalidInputException("error.review.decisionRequired");
                    }
                    proposals.review(
                            proposalId(taskVariables),
                            accepted,
                            FormValues.text(submitted.get("reason")));
                    return Map.of("accepted", accepted);
                },
                (reviewer, taskVariables) -> {
                    proposals.reviewNotTaken(proposalId(taskVariables), reviewer);
                    return true;
                });
    }

    private static long proposalId(Map<String, Object> taskVariables) {
        return ((Number) taskVariables.get("proposalId")).longValue();
    }
}
