package org.sangsaeng.governance.process;

import java.util.HashMap;
import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.governance.CoopFoundingService;
import org.sangsaeng.governance.ElectionSteps;
import org.sangsaeng.governance.FoundingSteps;
import org.sangsaeng.governance.LeaderElectionService;
import org.sangsaeng.shared.FormValues;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks and forms of coop-founding.bpmn and leader-election.bpmn: each one service
 * call.
 */
@Configuration(proxyBeanMethods = false)
class FoundingWorkers {

    record Founding(long foundingId) {}

    record Election(long electionId, String voteElected) {}

    record ElectionStart(Long electionId, Long foundingId, long coopId) {}

    @Bean
    StepWorker foundingConfirmed(FoundingSteps steps) {
        return StepWorker.producing(
                "founding-confirmed",
                Founding.class,
                founding -> Map.of("reviewDue", steps.confirmed(founding.foundingId())));
    }

    @Bean
    StepWorker foundingDeclined(FoundingSteps steps) {
        return StepWorker.of(
                "founding-declined",
                Founding.class,
                founding -> steps.declined(founding.foundingId()));
    }

    @Bean
    StepWorker foundingRejected(FoundingSteps steps) {
        return StepWorker.of(
                "founding-rejected",
                Founding.class,
                founding -> steps.rejected(founding.foundingId()));
    }

    @Bean
    StepWorker foundingCreateCoop(FoundingSteps steps) {
        return StepWorker.producing(
                "founding-create-coop",
                Founding.class,
                founding -> Map.of("coopId", steps.createCoop(founding.foundingId())));
    }

    @Bean
    StepWorker electionOpen(ElectionSteps steps) {
        return StepWorker.producing(
                "election-open",
                ElectionStart.class,
                s -> steps.open(s.electionId(), s.foundingId(), s.coopId()));
    }

    @Bean
    StepWorker electionNoWinner(ElectionSteps steps) {
        return StepWorker.producing(
                "election-no-winner",
                Election.class,
                election -> Map.of("appointDue", steps.noWinner(election.electionId())));
    }

    @Bean
    StepWorker electionInstallLeader(ElectionSteps steps) {
        return StepWorker.of(
                "election-install-leader",
                Election.class,
                e -> steps.install(e.electionId(), e.voteElected()));
    }

    /** A founder's answer: confirm, or decline with a reason (which ends the founding). */
    @Bean
    UserTaskForm foundingConfirmForm(CoopFoundingService foundings) {
        return UserTaskForm.of(
                FormKey.COOP_FOUNDING_CONFIRM.key(),
                (submitted, taskVariables) -> {
                    if (!(submitted.get("confirmed") instanceof Boolean confirmed)) {
                        throw new InvalidInputException("error.review.decisionRequired");
                    }
                    foundings.answer(
                            id(taskVariables, "foundingId"),
                            String.valueOf(taskVariables.get("founder")),
                            confirmed,
                            FormValues.text(submitted.get("reason")));
                    return confirmed ? Map.of() : Map.of("declined", true);
                });
    }

    /** The foundation's review: approve, or reject with a reason the founders read. */
    @Bean
    UserTaskForm foundingReviewForm(CoopFoundingService foundings) {
        return UserTaskForm.of(
                FormKey.COOP_FOUNDING_REVIEW.key(),
                (submitted, taskVariables) -> {
                    if (!(submitted.get("approved") instanceof Boolean approved)) {
                        throw new InvalidInputException("error.review.decisionRequired");
                    }
                    foundings.review(
                            id(taskVariables, "foundingId"),
                            approved,
                            FormValues.text(submitted.get("reason")));
                    return Map.of("approved", approved);
                });
    }

    /**
     * The foundation chooses the leader among the candidates, with a reason, after a tie or no
     * quorum.
     */
    @Bean
    UserTaskForm electionAppointForm(LeaderElectionService elections) {
        return UserTaskForm.of(
                FormKey.LEADER_ELECTION_APPOINT.key(),
                (submitted, taskVariables) -> {
                    String candidate = FormValues.text(submitted.get("candidate"));
                    elections.appoint(
                            id(taskVariables, "electionId"),
                            candidate,
                            FormValues.text(submitted.get("reason")));
                    Map<String, Object> result = new HashMap<>();
                    result.put("appointedLeader", candidate);
                    return result;
                });
    }

    private static long id(Map<String, Object> variables, String name) {
        return ((Number) variables.get(name)).longValue();
    }
}
