package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sangsaeng.BrokerIntegrationTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.MarketTime;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A two-person job on the real Zeebe broker and MariaDB, from the post to done: reviewed,
 * published, both offers accepted (the post closes as filled), the work ends a minute later, one
 * hire is confirmed by both sides and the other is disputed and settled by the leader.
 */
class JobMatchingBrokerIntegrationTests extends BrokerIntegrationTest {

    @Autowired JobPostService posts;
    @Autowired JobApplicationService applications;
    @Autowired SeekerService seekers;

    @Test
    void aJobFromPostToDoneWithOneHireConfirmedAndOneDisputedOnTheBroker() {
        LocalTime now = LocalTime.now(MarketTime.ZONE).withNano(0);
        assumeTrue(now.isBefore(LocalTime.of(23, 55)), "the work must end on the day it starts");
        Fixtures f = Fixtures.create(accounts, coops);
        String a = "worker-a-" + UUID.randomUUID().toString().substring(0, 6);
        String b = "worker-b-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createAccount(a, Fixtures.PASSWORD, "정과일", Set.of());
        accounts.createAccount(b, Fixtures.PASSWORD, "주민 한씨", Set.of());

        Fixtures.signIn(f.member());
        long id =
                posts.post(
                                new JobPostForm(
                                        f.coopId(),
                                        "장날 짐 나르기",
                                        BusinessType.BUTCHER,
                                        "고기 상자 나르기",
                                        "운반",
                                        "박씨네 정육점",
                                        "태평3동 시장",
                                        LocalDate.now(MarketTime.ZONE),
                                        LocalDate.now(MarketTime.ZONE),
                                        now.plusSeconds(50),
                                        now.plusSeconds(80),
                                        2,
                                        PayUnit.HOUR,
                                        12_000,
                                        Instant.now().plusSeconds(45)))
                        .id();
        complete(f.leader(), "job-post-review", "job-post-" + id, Map.of("decision", "APPROVE"));
        awaitState(f.member(), id, JobState.PUBLISHED);

        Fixtures.signIn(a);
        long appA = applications.apply(id, "힘 좋습니다").id();
        Fixtures.signIn(b);
        long appB = applications.apply(id, "시간 됩니다").id();
        Fixtures.signIn(f.member());
        applications.offer(appA);
        applications.offer(appB);
        complete(a, "job-offer-answer", "job-offer-" + appA, Map.of("accepted", true));
        complete(b, "job-offer-answer", "job-offer-" + appB, Map.of("accepted", true));
        awaitState(f.member(), id, JobState.CLOSED);

        // The work ends 80 s after the post was made; then each side confirms.
        complete(
                a,
                "job-confirm",
                "job-post-" + id,
                Map.of("happened", true, "stars", 4, "comment", "친절해요"));
        complete(b, "job-confirm", "job-post-" + id, Map.of("happened", true, "stars", 3));
        complete(
                f.member(),
                "job-confirm",
                "job-post-" + id,
                appA,
                Map.of("happened", true, "stars", 5));
        complete(f.member(), "job-confirm", "job-post-" + id, appB, Map.of("happened", false));
        complete(
                f.leader(),
                "job-dispute",
                "job-post-" + id,
                Map.of("resolution", "양쪽 확인 결과 2시간만 일함, 2시간분 지급"));
        awaitState(f.member(), id, JobState.DONE);

        assertThat(seekers.profile(a).rating()).isEqualTo(new Rating(5.0, 1));
        assertThat(seekers.profile(b).rating().count())
                .as("not rated by an employer who says it did not happen")
                .isZero();
        assertThat(seekers.profile(f.member()).rating()).isEqualTo(new Rating(3.5, 2));
        long instance = ProcessInstances.of(jdbc, "job_post", id);
        ProcessInstances.awaitCompleted(jdbc, instance, "job-matching", WAIT);
        assertThat(completedElements(instance))
                .contains(
                        "ReviewJobPostTask",
                        "PublishJobPostTask",
                        "JobPostFilledMessageEvent",
                        "CloseJobPostTask",
                        "WorkEndsTimerEvent",
                        "ConfirmAsEmployerTask",
                        "ConfirmAsWorkerTask",
                        "ResolveDisputeTask",
                        "JobDoneEndEvent");
        assertThat(completedBy(instance)).contains(f.leader(), f.member(), a, b);
    }

    /** Completes the user's task of that form about that hire. */
    private void complete(
            String user,
            String formKey,
            String businessKey,
            long applicationId,
            Map<String, Object> form) {
        inbox.complete(
                awaitTask(
                                user,
                                formKey,
                                businessKey,
                                t ->
                                        t.variables().get("hire") instanceof Map<?, ?> hire
                                                && ((Number) hire.get("applicationId")).longValue()
                                                        == applicationId)
                        .id(),
                form);
    }

    private void awaitState(String user, long id, JobState state) {
        Fixtures.signIn(user);
        await().pollInSameThread().atMost(WAIT).until(() -> posts.get(id).state() == state);
    }
}
