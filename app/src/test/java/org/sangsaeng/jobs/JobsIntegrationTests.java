package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.governance.CoopRulesService;
import org.sangsaeng.governance.JobPostReview;
import org.sangsaeng.governance.RuleSetDraft;
import org.sangsaeng.governance.RulesChange;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.tasks.PendingCompletions;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Talent trading through our services, task inbox and workers, on the in-memory engine and a real
 * MariaDB.
 */
class JobsIntegrationTests extends CoopTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired JobPostService posts;
    @Autowired JobApplicationService applications;
    @Autowired SeekerService seekers;
    @Autowired CoopRulesService rules;
    @Autowired TaskInbox inbox;
    @Autowired CamundaClient camunda;

    String seeker;
    String otherSeeker;

    @BeforeEach
    void givenACoopAndTwoSeekers() {
        seeker = "seeker-" + UUID.randomUUID().toString().substring(0, 8);
        otherSeeker = "resident-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(seeker, Fixtures.PASSWORD, "정과일", Set.of());
        accounts.createAccount(otherSeeker, Fixtures.PASSWORD, "주민 한씨", Set.of());
    }

    @Test
    void aPostIsRevisedApprovedAppliedToAndFilledByAnAcceptedOffer() {
        long id = post(f.member(), form(1, 12_000, PayUnit.HOUR));
        review(id, "CHANGES", "시급과 근무 시간을 더 자세히 적어 주세요.");
        Fixtures.signIn(f.member());
        assertThat(posts.get(id).state()).isEqualTo(JobState.CHANGES_REQUESTED);
        TaskDetails revise = taskOf(f.member(), "job-post-revise", "job-post-" + id);
        inbox.complete(revise.id(), revision(form(1, 12_500, PayUnit.HOUR)));
        review(id, "APPROVE", null);
        awaitState(id, JobState.PUBLISHED);

        Fixtures.signIn(seeker);
        seekers.updateMyProfile(
                new SeekerProfileForm(
                        "과일가게를 10년 했습니다.",
                        "제빵, 포장",
                        Set.of(BusinessType.BAKERY),
                        "태평3동 시장",
                        EnumSet.allOf(DayOfWeek.class)));
        assertThat(seekers.suggestedJobs())
                .anySatisfy(
                        m -> {
                            assertThat(m.post().id()).isEqualTo(id);
                            assertThat(m.match().score()).isEqualTo(100);
                        });
        long mine = applications.apply(id, "주말에 도울 수 있습니다.").id();
        Fixtures.signIn(otherSeeker);
        long other = applications.apply(id, "포장 일 해 봤어요.").id();

        Fixtures.signIn(f.member());
        assertThat(applications.applicants(id))
                .extracting(ApplicationDetails::seeker)
                .containsExactly(seeker, otherSeeker);
        assertThat(seekers.suggestedSeekers(id)).extracting(SeekerMatch::seeker).contains(seeker);
        applications.shortlist(mine);
        applications.reject(other);
        applications.offer(mine);
        assertThatThrownBy(() -> applications.offer(other)).isInstanceOf(BusinessException.class);

        TaskDetails answer = taskOf(seeker, "job-offer-answer", "job-offer-" + mine);
        assertThat(answer.subject()).as("the offer says which job it is for").isEqualTo("연말 제빵 보조");
        inbox.complete(answer.id(), Map.of("accepted", true));
        awaitState(id, JobState.CLOSED);
        Fixtures.signIn(seeker);
        assertThat(applications.myApplications())
                .singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(ApplicationState.ACCEPTED));
        assertThat(posts.board(JobFilter.none())).extracting(JobPostDetails::id).doesNotContain(id);
        assertThat(notifications(otherSeeker, "job-not-retained:" + other)).isEqualTo(1);
        assertThat(notifications(f.member(), "job-offer-answered:" + mine)).isEqualTo(1);
    }

    @Test
    void anAcceptanceTheEngineNoLongerTookHoldsNoPosition() {
        Offer offer = offerToTheSeeker();
        long id = offer.postId();
        long mine = offer.applicationId();

        // The offer's time runs out in the engine (cancelled here, as its timer would end the
        // task) before the seeker's acceptance reaches it.
        TaskDetails answer = taskOf(seeker, "job-offer-answer", "job-offer-" + mine);
        camunda.newCancelInstanceCommand(PendingCompletions.processInstanceOf(jdbc, answer.id()))
                .send()
                .join();
        inbox.complete(answer.id(), Map.of("accepted", true));

        PendingCompletions.awaitNotTaken(jdbc, answer.id(), WAIT);
        Fixtures.signIn(seeker);
        assertThat(applications.myApplications())
                .singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(ApplicationState.EXPIRED));
        Fixtures.signIn(f.member());
        assertThat(posts.get(id).state())
                .as("the position is still open")
                .isEqualTo(JobState.PUBLISHED);
    }

    @Test
    void aRejectedPostIsNeverPublishedAndTheFoundationReviewsWhenTheCoopRulesSaySo() {
        long rejected = post(f.member(), form(1, 12_000, PayUnit.HOUR));
        TaskDetails review = taskOf(f.leader(), "job-post-review", "job-post-" + rejected);
        assertThatThrownBy(() -> inbox.complete(review.id(), Map.of("decision", "REJECT")))
                .hasMessage("error.job.reasonRequired");
        review(rejected, "REJECT", "최저임금 안내 문구가 필요합니다.");
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> notifications(f.member(), "job-rejected:" + rejected) == 1);
        Fixtures.signIn(seeker);
        assertThat(posts.board(JobFilter.none()))
                .extracting(JobPostDetails::id)
                .doesNotContain(rejected);

        String foundation = Fixtures.addFoundationOfficer(accounts, "foundation");
        Fixtures.signIn(foundation);
        rules.change(
                f.coopId(),
                new RulesChange(
                        RuleSetDraft.defaultsWith(r -> r.jobPostReview = JobPostReview.FOUNDATION),
                        "구인 글은 재단이 검토"));
        long byFoundation = post(f.member(), form(1, 12_000, PayUnit.HOUR));
        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .during(Duration.ofSeconds(2))
                .atMost(WAIT)
                .until(
                        () ->
                                inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                                        .noneMatch(
                                                t ->
                                                        ("job-post-" + byFoundation)
                                                                .equals(t.businessKey())));
        taskOf(foundation, "job-post-review", "job-post-" + byFoundation);
    }

    @Test
    void bothSidesConfirmAndRateOnceAfterTheWorkAndRatingsShowOnProfiles() {
        Offer offer = offerToTheSeeker();
        long id = offer.postId();
        long application = offer.applicationId();
        inbox.complete(
                taskOf(seeker, "job-offer-answer", "job-offer-" + application).id(),
                Map.of("accepted", true));
        awaitState(id, JobState.CLOSED);

        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> applications.confirmWork(application, true, 5, "성실합니다"))
                .hasMessage("error.job.ratingTooEarly");
        // The work took place last week.
        LocalDate lastWeek = LocalDate.now(MarketTime.ZONE).minusDays(7);
        jdbc.update(
                "UPDATE job_post SET start_date = ?, end_date = ? WHERE id = ?",
                lastWeek,
                lastWeek,
                id);

        assertThatThrownBy(() -> applications.confirmWork(application, true, 6, null))
                .hasMessage("error.job.stars");
        applications.confirmWork(application, true, 5, "성실하고 손이 빠릅니다");
        assertThatThrownBy(() -> applications.confirmWork(application, true, 4, null))
                .hasMessage("error.job.ratedTwice");
        Fixtures.signIn(seeker);
        applications.confirmWork(application, true, 4, "친절한 사장님");
        Fixtures.signIn(otherSeeker);
        assertThatThrownBy(() -> applications.confirmWork(application, true, 1, null))
                .isInstanceOf(BusinessException.class);

        SeekerProfileDetails profile = seekers.profile(seeker);
        assertThat(profile.rating()).isEqualTo(new Rating(5.0, 1));
        assertThat(profile.latestRatings())
                .singleElement()
                .satisfies(r -> assertThat(r.comment()).isEqualTo("성실하고 손이 빠릅니다"));
        assertThat(seekers.profile(f.member()).rating()).isEqualTo(new Rating(4.0, 1));
    }

    @Test
    void badJobPostsAndApplicationsAreRefusedAndChangeNothing() {
        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> posts.post(form(1, 9_000, PayUnit.HOUR)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("error.job.belowMinimumWage");
        assertThatThrownBy(() -> posts.post(form(1, 80_000, PayUnit.DAY)))
                .as("8 h a day x 10,320 = 82,560")
                .hasMessage("error.job.belowMinimumWage");
        assertThatThrownBy(() -> posts.post(form(0, 12_000, PayUnit.HOUR)))
                .hasMessage("error.job.positions");
        JobPostForm good = form(1, 12_000, PayUnit.HOUR);
        assertThatThrownBy(
                        () ->
                                posts.post(
                                        withDates(
                                                good,
                                                good.startDate(),
                                                good.startDate().minusDays(1),
                                                good.applicationDeadline())))
                .hasMessage("error.job.endBeforeStart");
        assertThatThrownBy(
                        () ->
                                posts.post(
                                        withDates(
                                                good,
                                                good.startDate(),
                                                good.endDate(),
                                                good.startDate()
                                                        .plusDays(1)
                                                        .atStartOfDay(MarketTime.ZONE)
                                                        .toInstant())))
                .hasMessage("error.job.deadlineAfterStart");
        Fixtures.signIn(seeker);
        assertThatThrownBy(() -> posts.post(good)).isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(f.member());
        assertThat(posts.myPosts()).isEmpty();

        long id = post(f.member(), good);
        review(id, "APPROVE", null);
        awaitState(id, JobState.PUBLISHED);
        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> applications.apply(id, "제가 할게요")).hasMessage("error.job.ownPost");
        Fixtures.signIn(seeker);
        long application = applications.apply(id, "지원합니다").id();
        assertThatThrownBy(() -> applications.apply(id, "또 지원합니다"))
                .hasMessage("error.job.appliedTwice");
        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(() -> applications.offer(application))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("error.job.employerOnly");
        assertThatThrownBy(() -> applications.applicants(id))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.member());
        applications.offer(application);
        jdbc.update(
                "UPDATE job_application SET offer_expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                application);
        TaskDetails answer = taskOf(seeker, "job-offer-answer", "job-offer-" + application);
        assertThatThrownBy(() -> inbox.complete(answer.id(), Map.of("accepted", true)))
                .hasMessage("error.job.offerExpired");

        jdbc.update(
                "UPDATE job_post SET application_deadline = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)),
                id);
        Fixtures.signIn(otherSeeker);
        assertThatThrownBy(() -> applications.apply(id, "늦었지만 지원합니다"))
                .hasMessage("error.job.closed");
        Fixtures.signIn(f.member());
        assertThat(applications.applicants(id)).hasSize(1);
    }

    private JobPostForm form(int positions, long pay, PayUnit unit) {
        LocalDate start = LocalDate.now(MarketTime.ZONE).plusDays(10);
        return new JobPostForm(
                f.coopId(),
                "연말 제빵 보조",
                BusinessType.BAKERY,
                "반죽 돕기와 포장",
                "제빵, 포장",
                "태평당 베이커리",
                "태평3동 시장",
                start,
                start.plusDays(1),
                LocalTime.of(9, 0),
                LocalTime.of(17, 0),
                positions,
                unit,
                pay,
                start.minusDays(2).atStartOfDay(MarketTime.ZONE).toInstant());
    }

    private static JobPostForm withDates(
            JobPostForm p, LocalDate start, LocalDate end, Instant deadline) {
        return new JobPostForm(
                p.coopId(),
                p.title(),
                p.businessType(),
                p.tasks(),
                p.skills(),
                p.place(),
                p.area(),
                start,
                end,
                p.dailyStart(),
                p.dailyEnd(),
                p.positions(),
                p.payUnit(),
                p.payWon(),
                deadline);
    }

    private static Map<String, Object> revision(JobPostForm p) {
        return Map.ofEntries(
                Map.entry("title", p.title()),
                Map.entry("businessType", p.businessType().name()),
                Map.entry("tasks", p.tasks() + " (09:00-17:00, 점심 1시간)"),
                Map.entry("skills", p.skills()),
                Map.entry("place", p.place()),
                Map.entry("area", p.area()),
                Map.entry("startDate", p.startDate().toString()),
                Map.entry("endDate", p.endDate().toString()),
                Map.entry("dailyStart", p.dailyStart().toString()),
                Map.entry("dailyEnd", p.dailyEnd().toString()),
                Map.entry("positions", p.positions()),
                Map.entry("payUnit", p.payUnit().name()),
                Map.entry("payWon", p.payWon()),
                Map.entry("applicationDeadline", p.applicationDeadline().toString()));
    }

    /** A post of the member's, approved and published, whose job the seeker is offered. */
    private Offer offerToTheSeeker() {
        long id = post(f.member(), form(1, 12_000, PayUnit.HOUR));
        review(id, "APPROVE", null);
        awaitState(id, JobState.PUBLISHED);
        Fixtures.signIn(seeker);
        long application = applications.apply(id, "할 수 있습니다.").id();
        Fixtures.signIn(f.member());
        applications.offer(application);
        return new Offer(id, application);
    }

    private record Offer(long postId, long applicationId) {}

    private long post(String employer, JobPostForm form) {
        Fixtures.signIn(employer);
        return posts.post(form).id();
    }

    private void review(long postId, String decision, String comment) {
        TaskDetails task = taskOf(f.leader(), "job-post-review", "job-post-" + postId);
        inbox.complete(
                task.id(),
                comment == null
                        ? Map.of("decision", decision)
                        : Map.of("decision", decision, "comment", comment));
    }

    private TaskDetails taskOf(String user, String formKey, String businessKey) {
        Fixtures.signIn(user);
        await().pollInSameThread().atMost(WAIT).until(() -> find(formKey, businessKey) != null);
        return find(formKey, businessKey);
    }

    private TaskDetails find(String formKey, String businessKey) {
        return inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> formKey.equals(t.formKey()))
                .filter(t -> businessKey.equals(t.businessKey()))
                .findFirst()
                .orElse(null);
    }

    private void awaitState(long id, JobState state) {
        Fixtures.signIn(f.member());
        await().pollInSameThread().atMost(WAIT).until(() -> posts.get(id).state() == state);
    }

    private int notifications(String username, String dedupKey) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                        + " WHERE u.username = ? AND n.dedup_key = ?",
                Integer.class,
                username,
                dedupKey);
    }
}
