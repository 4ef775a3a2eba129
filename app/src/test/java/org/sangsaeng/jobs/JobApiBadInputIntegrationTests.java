package org.sangsaeng.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sangsaeng.web.BadInput.json;

import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The talent trading API refuses what it cannot take, repeated and closed applications, and changes
 * nothing then.
 */
class JobApiBadInputIntegrationTests extends BadInputTest {

    static final LocalDate START = LocalDate.now(MarketTime.ZONE).plusDays(10);

    /** 20 tags of 30 characters: each one allowed, together longer than any column holds. */
    static final String MANY_TAGS =
            IntStream.range(0, 20)
                    .mapToObj(i -> "기술" + i + "-" + "가".repeat(26))
                    .collect(Collectors.joining(","));

    Supplier<?> jobs;

    @BeforeEach
    void givenACoop() {
        jobs =
                bad.rows(
                        "select 'p', id, title, tasks, state from job_post where coop_id = ?"
                                + " union all select 'a', a.id, a.message, a.state, null from job_application a join job_post p"
                                + " on p.id = a.post_id where p.coop_id = ?"
                                + " union all select 's', user_id, intro, skills, areas from seeker_profile where user_id in"
                                + " (select id from app_user where username in (?, ?))"
                                + " union all select 'e', e.id, e.title, e.note, e.skills from seeker_entry e join app_user u"
                                + " on u.id = e.user_id where u.username in (?, ?) order by 1, 2",
                        f.coopId(),
                        f.coopId(),
                        f.member(),
                        f.applicant(),
                        f.member(),
                        f.applicant());
    }

    String post() {
        return "{\"coopId\":"
                + f.coopId()
                + ",\"title\":\"포장 도우미\",\"businessType\":\"BAKERY\","
                + "\"tasks\":\"포장\",\"skills\":\"포장\",\"place\":\"태평당\",\"area\":\"태평3동 시장\","
                + "\"startDate\":\""
                + START
                + "\",\"endDate\":\""
                + START
                + "\",\"dailyStart\":\"09:00\","
                + "\"dailyEnd\":\"17:00\",\"positions\":1,\"payUnit\":\"HOUR\",\"payWon\":12000,"
                + "\"applicationDeadline\":\""
                + START.minusDays(2)
                + "T00:00:00Z\"}";
    }

    static final String PROFILE =
            "{\"intro\":\"성실합니다\",\"skills\":\"포장\",\"businessTypes\":[\"BAKERY\"],"
                    + "\"areas\":\"태평동\",\"weekdays\":[\"MONDAY\"]}";
    static final String ENTRY =
            "{\"title\":\"주말 일자리\",\"skills\":\"포장\",\"businessTypes\":[\"BAKERY\"],"
                    + "\"areas\":\"태평동\",\"availableFrom\":\""
                    + START
                    + "\",\"availableTo\":\""
                    + START.plusDays(5)
                    + "\",\"note\":\"주말만\"}";

    @Test
    void garbageIsRefusedOnEveryWriteEndpoint() {
        bad.refusesGarbage("POST", "/api/v1/jobs", f.member(), jobs);
        bad.refusesGarbage("PUT", "/api/v1/seekers/me", f.applicant(), jobs);
        bad.refusesGarbage("POST", "/api/v1/seeker-entries", f.applicant(), jobs);
    }

    static Stream<Arguments> badPosts() {
        return Stream.of(
                Arguments.of("below the minimum wage", "payWon", "9000"),
                Arguments.of("pay as text", "payWon", "\"만원\""),
                Arguments.of("unknown pay unit", "payUnit", "\"WEEK\""),
                Arguments.of("no positions", "positions", "0"),
                Arguments.of("too many positions", "positions", "101"),
                Arguments.of("start in the past", "startDate", "\"2020-01-01\""),
                Arguments.of("start not a date", "startDate", "\"다음 주\""),
                Arguments.of("hours backwards", "dailyEnd", "\"08:00\""),
                Arguments.of("hour 24:30", "dailyEnd", "\"24:30\""),
                Arguments.of("unknown business type", "businessType", "\"CASINO\""),
                Arguments.of("title too long", "title", json("가".repeat(201))),
                Arguments.of("tasks too long", "tasks", json("가".repeat(2001))),
                Arguments.of("too many tag characters", "skills", json(MANY_TAGS)),
                Arguments.of(
                        "deadline after the start",
                        "applicationDeadline",
                        "\"" + START.plusDays(1) + "T00:00:00Z\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPosts")
    void badPostsAreRefusedWithAMessage(String what, String field, String value) {
        bad.refused(
                400, "POST", "/api/v1/jobs", f.member(), BadInput.with(post(), field, value), jobs);
    }

    static Stream<Arguments> badSeekers() {
        return Stream.of(
                Arguments.of(
                        "/api/v1/seekers/me",
                        "PUT",
                        BadInput.with(PROFILE, "intro", json("가".repeat(1001)))),
                Arguments.of(
                        "/api/v1/seekers/me",
                        "PUT",
                        BadInput.with(PROFILE, "weekdays", "[\"FUNDAY\"]")),
                Arguments.of(
                        "/api/v1/seekers/me",
                        "PUT",
                        BadInput.with(PROFILE, "businessTypes", "\"BAKERY\"")),
                Arguments.of(
                        "/api/v1/seekers/me",
                        "PUT",
                        BadInput.with(PROFILE, "areas", json(MANY_TAGS))),
                Arguments.of(
                        "/api/v1/seeker-entries",
                        "POST",
                        BadInput.with(ENTRY, "availableTo", "\"" + START.minusDays(1) + "\"")),
                Arguments.of(
                        "/api/v1/seeker-entries",
                        "POST",
                        BadInput.with(ENTRY, "note", json("가".repeat(1001)))),
                Arguments.of(
                        "/api/v1/seeker-entries", "POST", BadInput.with(ENTRY, "title", "\"\"")),
                Arguments.of(
                        "/api/v1/seeker-entries",
                        "POST",
                        BadInput.with(ENTRY, "skills", json(MANY_TAGS))));
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("badSeekers")
    void badSeekerProfilesAndEntriesAreRefusedWithAMessage(
            String path, String method, String body) {
        bad.refused(400, method, path, f.applicant(), body, jobs);
    }

    @Test
    void strangersUnknownIdsRepeatsAndClosedPostsAreRefused() {
        bad.refused(403, "POST", "/api/v1/jobs", f.otherLeader(), post(), jobs);
        bad.refused(404, "GET", "/api/v1/jobs/987654321", f.member(), null, jobs);
        bad.refused(
                404,
                "POST",
                "/api/v1/jobs/987654321/applications",
                f.applicant(),
                "{\"message\":\"저요\"}",
                jobs);
        bad.refused(
                404,
                "POST",
                "/api/v1/job-applications/987654321/withdraw",
                f.applicant(),
                null,
                jobs);
        bad.refused(404, "DELETE", "/api/v1/seeker-entries/987654321", f.applicant(), null, jobs);
        bad.refused(404, "GET", "/api/v1/seekers/no-such-person", f.applicant(), null, jobs);
        bad.refused(400, "GET", "/api/v1/jobs?date=tomorrow", f.applicant(), null, jobs);
        bad.refused(400, "GET", "/api/v1/jobs?businessType=CASINO", f.applicant(), null, jobs);

        long id = BadInput.id(bad.ok("POST", "/api/v1/jobs", f.member(), post()));
        bad.refused(
                409,
                "POST",
                "/api/v1/jobs/" + id + "/applications",
                f.applicant(),
                "{\"message\":\"검토 중에 지원\"}",
                jobs);
        String review = "select job_key from task where status = 'OPEN' and business_key = ?";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !jdbc.queryForList(review, Long.class, "job-post-" + id).isEmpty());
        bad.ok(
                "POST",
                "/api/v1/tasks/"
                        + jdbc.queryForList(review, Long.class, "job-post-" + id).getFirst()
                        + "/complete",
                f.leader(),
                "{\"decision\":\"APPROVE\"}");
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "PUBLISHED"
                                        .equals(
                                                jdbc.queryForObject(
                                                        "select state from job_post where id = ?",
                                                        String.class,
                                                        id)));

        bad.refused(
                409,
                "POST",
                "/api/v1/jobs/" + id + "/applications",
                f.member(),
                "{\"message\":\"내 글\"}",
                jobs);
        bad.refused(
                400,
                "POST",
                "/api/v1/jobs/" + id + "/applications",
                f.applicant(),
                "{\"message\":\" \"}",
                jobs);
        long application =
                BadInput.id(
                        bad.ok(
                                "POST",
                                "/api/v1/jobs/" + id + "/applications",
                                f.applicant(),
                                "{\"message\":" + json(BadInput.SCRIPT) + "}"));
        bad.refused(
                409,
                "POST",
                "/api/v1/jobs/" + id + "/applications",
                f.applicant(),
                "{\"message\":\"한 번 더\"}",
                jobs);
        bad.refused(403, "GET", "/api/v1/jobs/" + id + "/applicants", f.otherLeader(), null, jobs);
        bad.refused(
                403,
                "POST",
                "/api/v1/job-applications/" + application + "/offer",
                f.otherLeader(),
                null,
                jobs);
        assertThat(
                        BadInput.tree(
                                        bad.ok(
                                                "GET",
                                                "/api/v1/jobs/" + id + "/applicants",
                                                f.member(),
                                                null))
                                .get(0)
                                .get("message")
                                .asString())
                .isEqualTo(BadInput.SCRIPT);
        bad.ok(
                "POST",
                "/api/v1/job-applications/" + application + "/withdraw",
                f.applicant(),
                null);
        bad.refused(
                409,
                "POST",
                "/api/v1/job-applications/" + application + "/withdraw",
                f.applicant(),
                null,
                jobs);
        bad.ok("POST", "/api/v1/jobs/" + id + "/close", f.member(), null);
        // The process closes the post a moment later; the repeat is compared with the closed post.
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                "CLOSED"
                                        .equals(
                                                jdbc.queryForObject(
                                                        "select state from job_post where id = ?",
                                                        String.class,
                                                        id)));
        bad.refused(409, "POST", "/api/v1/jobs/" + id + "/close", f.member(), null, jobs);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlAreKeptAsPlainText(String hostile) {
        noSqlRunBy(
                () -> {
                    String body =
                            BadInput.with(
                                    BadInput.with(post(), "title", json(hostile)),
                                    "tasks",
                                    json(hostile));
                    var read =
                            BadInput.tree(
                                    bad.ok(
                                            "GET",
                                            "/api/v1/jobs/"
                                                    + BadInput.id(
                                                            bad.ok(
                                                                    "POST",
                                                                    "/api/v1/jobs",
                                                                    f.member(),
                                                                    body)),
                                            f.member(),
                                            null));
                    assertThat(read.get("title").asString()).isEqualTo(hostile);
                    assertThat(read.get("tasks").asString()).isEqualTo(hostile);
                    var profile =
                            BadInput.tree(
                                    bad.ok(
                                            "PUT",
                                            "/api/v1/seekers/me",
                                            f.applicant(),
                                            BadInput.with(PROFILE, "intro", json(hostile))));
                    assertThat(profile.get("intro").asString()).isEqualTo(hostile);
                });
    }
}
