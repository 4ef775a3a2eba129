package org.sangsaeng.jobs;

import java.util.Map;
import org.sangsaeng.jobs.domain.JobApplication;
import org.sangsaeng.jobs.domain.JobPost;
import org.sangsaeng.notifications.Notice;
import org.sangsaeng.notifications.NotificationService;
import org.sangsaeng.notifications.Template;
import org.springframework.stereotype.Component;

/** What people are told about a job post; each notice once (its key), linking to the post. */
@Component
class JobNotices {

    private final NotificationService notifications;

    JobNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    void tell(
            long userId,
            Template template,
            Map<String, Object> variables,
            JobPost post,
            String key) {
        notifications.send(
                new Notice(
                        userId,
                        template,
                        variables,
                        "jobs/" + post.getId(),
                        post.getCoopId(),
                        false,
                        key));
    }

    /** The seeker is told they were not chosen (rejected, or the post closed without them). */
    void notRetained(JobApplication a, JobPost post) {
        tell(
                a.getSeekerId(),
                Template.JOB_APPLICATION_REJECTED,
                Map.of("job", post.getTitle()),
                post,
                "job-not-retained:" + a.getId());
    }
}
