package org.sangsaeng.membership.process;

import java.util.Map;
import org.sangsaeng.engine.FormKey;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.engine.UserTaskForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.shared.InvalidInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks and the review form of membership-application.bpmn: thin adapters to {@link
 * MembershipService}.
 */
@Configuration(proxyBeanMethods = false)
class MembershipWorkers {

    static final String APPROVE = "membership-approve";
    static final String REJECT = "membership-reject";

    record Decision(long applicationId, String reason, String completedBy) {}

    @Bean
    StepWorker approveMembership(MembershipService memberships) {
        return StepWorker.of(
                APPROVE,
                Decision.class,
                d -> memberships.approve(d.applicationId(), d.completedBy()));
    }

    @Bean
    StepWorker rejectMembership(MembershipService memberships) {
        return StepWorker.of(
                REJECT,
                Decision.class,
                d -> memberships.reject(d.applicationId(), d.reason(), d.completedBy()));
    }

    /**
     * A leader's decision on an application: approve, or reject with a reason the applicant will
     * read.
     */
    @Bean
    UserTaskForm reviewApplicationForm() {
        return UserTaskForm.of(
                FormKey.MEMBERSHIP_REVIEW.key(),
                (submitted, taskVariables) -> {
                    if (!(submitted.get("approved") instanceof Boolean approved)) {
                        throw new InvalidInputException("error.review.decisionRequired");
                    }
                    return Map.of(
                            "approved",
                            approved,
                            "reason",
                            approved
                                    ? ""
                                    : MembershipService.requireReason(submitted.get("reason")));
                });
    }
}
