package org.sangsaeng.notifications.process;

import org.sangsaeng.engine.JobHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Workers of the reminder pattern; they call the transactional bean so each job is one transaction.
 */
@Configuration(proxyBeanMethods = false)
class ReminderWorkerBeans {

    @Bean
    JobHandler taskRemindWorker(TaskReminderWorkers workers) {
        return JobHandler.of(TaskReminderWorkers.REMIND, workers::remind);
    }

    @Bean
    JobHandler taskEscalateWorker(TaskReminderWorkers workers) {
        return JobHandler.of(TaskReminderWorkers.ESCALATE, workers::escalate);
    }
}
