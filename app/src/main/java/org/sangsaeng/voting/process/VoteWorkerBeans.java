package org.sangsaeng.voting.process;

import org.sangsaeng.engine.JobHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VoteWorkerBeans {

    @Bean
    JobHandler voteOpenWorker(VoteWorkers workers) {
        return workers.open();
    }

    @Bean
    JobHandler voteCloseWorker(VoteWorkers workers) {
        return workers.close();
    }
}
