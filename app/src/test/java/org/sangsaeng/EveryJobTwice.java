package org.sangsaeng;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.Map;
import org.sangsaeng.engine.JobHandler;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Zeebe delivers a job at least once: when a worker's completion is lost (the node dies after its
 * commit, the broker restarts), the job comes again and the work is done again. In the tests on the
 * in-memory engine every job handler therefore does its work twice, as on such a redelivery, and
 * completes the job with what the second run returned; every process test then also checks that its
 * work counts once (one vote opened, one task row, one message, one payment split).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EveryJobTwice {

    @Bean
    static BeanPostProcessor everyJobHandlerTwice() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JobHandler handler ? new Twice(handler) : bean;
            }
        };
    }

    /** The handler's work, then the same work again on the same job. */
    record Twice(JobHandler handler) implements JobHandler {

        @Override
        public String jobType() {
            return handler.jobType();
        }

        @Override
        public Map<String, Object> handle(ActivatedJob job) {
            handler.handle(job);
            return handler.handle(job);
        }

        @Override
        public Duration timeout() {
            return handler.timeout();
        }

        @Override
        public boolean completesJob() {
            return handler.completesJob();
        }
    }
}
