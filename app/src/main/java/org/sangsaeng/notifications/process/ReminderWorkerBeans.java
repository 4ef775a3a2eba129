package org.sangsaeng.notifications.process;

import org.sangsaeng.engine.StepWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Workers of the reminder pattern; they call the transactional bean so each job is one transaction.
 */
@Configuration(proxyBeanMethods = false)
class ReminderWorkerBeans {

    @Bean
    StepWorker taskRemindWorker(TaskReminderWorkers workers) {
        return StepWorker.of(TaskReminderWorkers.REMIND, workers::remind);
    }

    @Bean
    StepWorker taskEscalateWorker(TaskReminderWorkers workers) {
        return StepWorker.of(TaskReminderWorkers.ESCALATE, workers::escalate);
    }
}
