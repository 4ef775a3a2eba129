package org.sangsaeng.membership.process;

import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.membership.MembershipService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of membership-application.bpmn: thin adapters to {@link MembershipService}. */
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
}
