package org.sangsaeng.membership.process;

import org.sangsaeng.engine.JobHandler;
import org.sangsaeng.membership.MerchantRegistrationSteps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of merchant-registration.bpmn: thin adapters to {@link
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
    JobHandler approveRegistration(MerchantRegistrationSteps steps) {
        return JobHandler.of(
                APPROVE,
                job -> {
                    Decision d = job.getVariablesAsType(Decision.class);
                    steps.approve(d.registrationId(), d.completedBy());
                });
    }

    @Bean
    JobHandler rejectRegistration(MerchantRegistrationSteps steps) {
        return JobHandler.of(
                REJECT,
                job -> {
                    Decision d = job.getVariablesAsType(Decision.class);
                    steps.reject(d.registrationId(), d.reason(), d.completedBy());
                });
    }

    @Bean
    JobHandler requestRegistrationChanges(MerchantRegistrationSteps steps) {
        // The job's key names this request: run again, it sends no second link.
        return JobHandler.of(
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
    JobHandler remindRegistrationRevision(MerchantRegistrationSteps steps) {
        return JobHandler.of(
                REMIND_REVISION,
                job ->
                        steps.remindRevision(
                                job.getVariablesAsType(Decision.class).registrationId(),
                                "reminder:" + job.getKey()));
    }

    @Bean
    JobHandler expireRegistration(MerchantRegistrationSteps steps) {
        return JobHandler.of(
                EXPIRE,
                job -> steps.expire(job.getVariablesAsType(Decision.class).registrationId()));
    }
}
