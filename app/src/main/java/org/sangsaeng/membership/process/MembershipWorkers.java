package org.sangsaeng.membership.process;

import org.sangsaeng.engine.JobHandler;
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
    JobHandler approveMembership(MembershipService memberships) {
        return JobHandler.of(
                APPROVE,
                job -> {
                    Decision d = job.getVariablesAsType(Decision.class);
                    memberships.approve(d.applicationId(), d.completedBy());
                });
    }

    @Bean
    JobHandler rejectMembership(MembershipService memberships) {
        return JobHandler.of(
                REJECT,
                job -> {
                    Decision d = job.getVariablesAsType(Decision.class);
                    memberships.reject(d.applicationId(), d.reason(), d.completedBy());
                });
    }
}
