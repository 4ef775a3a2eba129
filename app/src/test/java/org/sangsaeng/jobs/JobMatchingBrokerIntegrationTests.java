package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.tasks.TaskView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A two-person job on the real Zeebe broker and MariaDB, from the post to done: reviewed,
 * published, both offers accepted (the post closes as filled), the work ends a minute later, one
 * hire is confirmed by both sides and the other is disputed and settled by the leader.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class JobMatchingBrokerIntegrationTests {

    static final Duration WAIT = Duration.ofMinutes(3);

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.managedBroker(registry);
    }

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JobPostService posts;
    @Autowired JobApplicationService applications;
    @Autowired SeekerService seekers;
    @Autowired TaskInbox inbox;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

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
        long instance =
                jdbc.queryForObject(
                        "SELECT process_instance_key FROM job_post WHERE id = ?", Long.class, id);
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "SELECT COUNT(*) FROM audit_record WHERE"
                                                        + " process_instance_key = ? AND element_id = 'job-matching' AND intent = 'ELEMENT_COMPLETED'",
                                                Integer.class,
                                                instance)
                                        == 1);
        assertThat(
                        jdbc.queryForList(
                                "SELECT DISTINCT element_id FROM audit_record WHERE process_instance_key = ?"
                                        + " AND value_type = 'PROCESS_INSTANCE' AND intent = 'ELEMENT_COMPLETED'",
                                String.class,
                                instance))
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
        assertThat(
                        jdbc.queryForList(
                                "SELECT DISTINCT completed_by FROM audit_record WHERE process_instance_key = ?"
                                        + " AND completed_by IS NOT NULL",
                                String.class,
                                instance))
                .contains(f.leader(), f.member(), a, b);
    }

    private void complete(
            String user, String formKey, String businessKey, Map<String, Object> form) {
        complete(user, formKey, businessKey, null, form);
    }

    /** Completes the user's task of that form; with an application id, the one about that hire. */
    private void complete(
            String user,
            String formKey,
            String businessKey,
            Long applicationId,
            Map<String, Object> form) {
        Fixtures.signIn(user);
        await().pollInSameThread()
                .atMost(WAIT)
                .pollInterval(Duration.ofMillis(300))
                .until(() -> find(formKey, businessKey, applicationId) != null);
        inbox.complete(find(formKey, businessKey, applicationId).id(), form);
    }

    private TaskView find(String formKey, String businessKey, Long applicationId) {
        List<TaskView> mine = inbox.myTasks(TaskFilter.none(), 0, 100);
        return mine.stream()
                .filter(t -> formKey.equals(t.formKey()) && businessKey.equals(t.businessKey()))
                .filter(
                        t ->
                                applicationId == null
                                        || t.variables().get("hire") instanceof Map<?, ?> hire
                                                && ((Number) hire.get("applicationId")).longValue()
                                                        == applicationId)
                .findFirst()
                .orElse(null);
    }

    private void awaitState(String user, long id, JobState state) {
        Fixtures.signIn(user);
        await().pollInSameThread().atMost(WAIT).until(() -> posts.get(id).state() == state);
    }
}
