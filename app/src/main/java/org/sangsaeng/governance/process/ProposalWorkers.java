package org.sangsaeng.governance.process;

import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.JobHandler;
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
    JobHandler proposalOpenVote(ProposalSteps steps) {
        return JobHandler.producing(
                "proposal-open-vote",
                job -> {
                    ProposalSteps.VoteSchedule s =
                            steps.openVote(job.getVariablesAsType(Ids.class).proposalId());
                    return Map.of(
                            "voteDeadline",
                            s.voteDeadline().toString(),
                            "reminderLead",
                            s.reminderLead());
                });
    }

    @Bean
    JobHandler proposalDecline(ProposalSteps steps) {
        return JobHandler.of(
                "proposal-decline",
                job -> steps.declined(job.getVariablesAsType(Ids.class).proposalId()));
    }

    @Bean
    JobHandler proposalWithdrawn(ProposalSteps steps) {
        return JobHandler.of(
                "proposal-withdrawn",
                job -> steps.withdrawn(job.getVariablesAsType(Ids.class).proposalId()));
    }

    @Bean
    JobHandler proposalRecordOutcome(ProposalSteps steps) {
        return JobHandler.of(
                "proposal-record-outcome",
                job -> {
                    VoteResult o = job.getVariablesAsType(VoteResult.class);
                    steps.recordOutcome(
                            o.proposalId(),
                            o.voteId(),
                            o.voteOutcome(),
                            o.voteYes(),
                            o.voteNo(),
                            o.voteAbstain(),
                            o.voteElectorate());
                });
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
                    long proposalId = ((Number) taskVariables.get("proposalId")).longValue();
                    proposals.review(
                            proposalId, accepted, FormValues.text(submitted.get("reason")));
                    return Map.of("accepted", accepted);
                });
    }
}
