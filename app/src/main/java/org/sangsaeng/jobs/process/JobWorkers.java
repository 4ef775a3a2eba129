package org.sangsaeng.jobs.process;

import java.time.Instant;
import java.util.Map;
import org.sangsaeng.engine.JobHandler;
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
    JobHandler jobPostPublish(JobSteps steps) {
        return JobHandler.of(
                "job-post-publish",
                job -> steps.publish(job.getVariablesAsType(Post.class).postId()));
    }

    @Bean
    JobHandler jobPostReject(JobSteps steps) {
        return JobHandler.of(
                "job-post-reject",
                job -> steps.rejected(job.getVariablesAsType(Post.class).postId()));
    }

    @Bean
    JobHandler jobPostDeadline(JobSteps steps) {
        return JobHandler.producing(
                "job-post-deadline",
                job -> {
                    long postId = job.getVariablesAsType(Post.class).postId();
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
    JobHandler jobPostExtend(JobSteps steps) {
        return JobHandler.producing(
                "job-post-extend",
                job -> {
                    Extension e = job.getVariablesAsType(Extension.class);
                    return Map.of(
                            "applicationDeadline",
                            steps.extend(e.postId(), Instant.parse(e.newApplicationDeadline()))
                                    .toString());
                });
    }

    @Bean
    JobHandler jobPostClose(JobSteps steps) {
        return JobHandler.of(
                "job-post-close", job -> steps.close(job.getVariablesAsType(Post.class).postId()));
    }

    @Bean
    JobHandler jobPostHires(JobSteps steps) {
        return JobHandler.producing(
                "job-post-hires",
                job -> {
                    long postId = job.getVariablesAsType(Post.class).postId();
                    return Map.of(
                            "hires",
                            steps.hires(postId),
                            "confirmDue",
                            steps.decisionDue(postId).toString());
                });
    }

    @Bean
    JobHandler jobPostDone(JobSteps steps) {
        return JobHandler.of(
                "job-post-done", job -> steps.done(job.getVariablesAsType(Post.class).postId()));
    }

    @Bean
    JobHandler jobHireSettle(JobSteps steps) {
        return JobHandler.producing(
                "job-hire-settle",
                job -> {
                    Hire h = job.getVariablesAsType(Hire.class);
                    return Map.of(
                            "dispute",
                            steps.settle(h.applicationId()),
                            "disputeDue",
                            steps.decisionDue(h.postId()).toString());
                });
    }

    @Bean
    JobHandler jobOfferExpire(JobSteps steps) {
        return JobHandler.of(
                "job-offer-expire",
                job -> steps.offerExpired(job.getVariablesAsType(Offer.class).applicationId()));
    }

    @Bean
    JobHandler jobOfferAnswered(JobSteps steps) {
        return JobHandler.of(
                "job-offer-answered",
                job -> steps.offerAnswered(job.getVariablesAsType(Offer.class).applicationId()));
    }
}
