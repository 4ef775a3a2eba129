package org.sangsaeng.jobs.process;

import java.time.Instant;
import java.util.Map;
import org.sangsaeng.engine.StepWorker;
import org.sangsaeng.jobs.JobSteps;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of job-matching.bpmn and job-offer.bpmn: each one service call. */
@Configuration(proxyBeanMethods = false)
class JobWorkers {

    record Post(long postId) {}

    record Extension(long postId, String newApplicationDeadline) {}

    record Hire(long postId, Map<String, Object> hire) {
        long applicationId() {
            return ((Number) hire.get("applicationId")).longValue();
        }
    }

    record Offer(long applicationId) {}

    @Bean
    StepWorker jobPostPublish(JobSteps steps) {
        return StepWorker.of("job-post-publish", Post.class, post -> steps.publish(post.postId()));
    }

    @Bean
    StepWorker jobPostReject(JobSteps steps) {
        return StepWorker.of("job-post-reject", Post.class, post -> steps.rejected(post.postId()));
    }

    @Bean
    StepWorker jobPostDeadline(JobSteps steps) {
        return StepWorker.producing(
                "job-post-deadline",
                Post.class,
                post -> {
                    long postId = post.postId();
                    JobSteps.Deadline d = steps.deadline(postId);
                    return Map.of(
                            "filled",
                            d.filled(),
                            "mayExtend",
                            d.mayExtend(),
                            "unfilledDue",
                            steps.decisionDue(postId).toString());
                });
    }

    @Bean
    StepWorker jobPostExtend(JobSteps steps) {
        return StepWorker.producing(
                "job-post-extend",
                Extension.class,
                e ->
                        Map.of(
                                "applicationDeadline",
                                steps.extend(e.postId(), Instant.parse(e.newApplicationDeadline()))
                                        .toString()));
    }

    @Bean
    StepWorker jobPostClose(JobSteps steps) {
        return StepWorker.of("job-post-close", Post.class, post -> steps.close(post.postId()));
    }

    @Bean
    StepWorker jobPostHires(JobSteps steps) {
        return StepWorker.producing(
                "job-post-hires",
                Post.class,
                post -> {
                    long postId = post.postId();
                    return Map.of(
                            "hires",
                            steps.hires(postId),
                            "confirmDue",
                            steps.decisionDue(postId).toString());
                });
    }

    @Bean
    StepWorker jobPostDone(JobSteps steps) {
        return StepWorker.of("job-post-done", Post.class, post -> steps.done(post.postId()));
    }

    @Bean
    StepWorker jobHireSettle(JobSteps steps) {
        return StepWorker.producing(
                "job-hire-settle",
                Hire.class,
                h ->
                        Map.of(
                                "dispute",
                                steps.settle(h.applicationId()),
                                "disputeDue",
                                steps.decisionDue(h.postId()).toString()));
    }

    @Bean
    StepWorker jobOfferExpire(JobSteps steps) {
        return StepWorker.of(
                "job-offer-expire",
                Offer.class,
                offer -> steps.offerExpired(offer.applicationId()));
    }

    @Bean
    StepWorker jobOfferAnswered(JobSteps steps) {
        return StepWorker.of(
                "job-offer-answered",
                Offer.class,
                offer -> steps.offerAnswered(offer.applicationId()));
    }
}
