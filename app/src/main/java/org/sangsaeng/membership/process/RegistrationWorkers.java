package org.sangsaeng.membership.process;

import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.membership.MerchantRegistrationSteps;
import org.sangsaeng.shared.ReviewDecision;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks and the review form of merchant-registration.bpmn: thin adapters to {@link
 * MerchantRegistrationSteps}.
 */
@Configuration(proxyBeanMethods = false)
class RegistrationWorkers {

    static final String APPROVE = "merchant-registration-approve";
    static final String REJECT = "merchant-registration-reject";
    static final String REQUEST_CHANGES = "merchant-registration-request-changes";
    static final String REMIND_REVISION = "merchant-registration-remind-revision";
    static final String EXPIRE = "merchant-registration-expire";

    record Decision(long registrationId, String reason, String completedBy) {}

    @Bean
    StepWorker approveRegistration(MerchantRegistrationSteps steps) {
        return StepWorker.of(
                APPROVE, Decision.class, d -> steps.approve(d.registrationId(), d.completedBy()));
    }

    @Bean
    StepWorker rejectRegistration(MerchantRegistrationSteps steps) {
        return StepWorker.of(
                REJECT,
                Decision.class,
                d -> steps.reject(d.registrationId(), d.reason(), d.completedBy()));
    }

    @Bean
    StepWorker requestRegistrationChanges(MerchantRegistrationSteps steps) {
        // The job's key names this request: run again, it sends no second link.
        return StepWorker.of(
                REQUEST_CHANGES,
                job -> {
                    Decision d = job.getVariablesAsType(Decision.class);
                    steps.requestChanges(
                            d.registrationId(),
                            d.reason(),
                            d.completedBy(),
                            "changes:" + job.getKey());
                });
    }

    @Bean
    StepWorker remindRegistrationRevision(MerchantRegistrationSteps steps) {
        return StepWorker.of(
                REMIND_REVISION,
                job ->
                        steps.remindRevision(
                                job.getVariablesAsType(Decision.class).registrationId(),
                                "reminder:" + job.getKey()));
    }

    @Bean
    StepWorker expireRegistration(MerchantRegistrationSteps steps) {
        return StepWorker.of(
                EXPIRE, Decision.class, decision -> steps.expire(decision.registrationId()));
    }

    /**
     * The foundation's answer to a sign-up: approve, ask for changes saying what, or reject saying
     * why. The process continues with {@code decision} (the enum's name) and {@code reason}.
     */
    @Bean
    UserTaskForm reviewRegistrationForm() {
        return UserTaskForm.of(
                FormKey.MERCHANT_REGISTRATION_REVIEW.key(),
                (submitted, taskVariables) -> {
                    ReviewDecision decision =
                            ReviewDecision.of(
                                    submitted.get("decision"),
                                    "error.registration.decisionRequired");
                    return Map.of(
                            "decision",
                            decision.name(),
                            "reason",
                            decision.requireText(
                                    submitted.get("reason"),
                                    "error.registration.reasonRequired",
                                    "error.registration.changesRequired"));
                });
    }
}
