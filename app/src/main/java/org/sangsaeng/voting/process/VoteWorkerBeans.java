package org.sangsaeng.voting.process;

import org.sangsaeng.engine.StepWorker;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class VoteWorkerBeans {

    @Bean
    StepWorker voteOpenWorker(VoteWorkers workers) {
        return workers.open();
    }

    @Bean
    StepWorker voteCloseWorker(VoteWorkers workers) {
        return workers.close();
    }
}
