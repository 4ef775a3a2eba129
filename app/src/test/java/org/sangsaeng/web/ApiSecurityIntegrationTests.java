package org.sangsaeng.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.shared.MarketTime;

/** The REST API as a script would use it, over real HTTP with Basic authentication. */
class ApiSecurityIntegrationTests extends CoopTest {

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anonymousRequestsAreRefused() throws Exception {
        assertThat(send("GET", "/api/v1/tasks", null, null).statusCode()).isEqualTo(401);
        assertThat(
                        send("POST", "/api/v1/tasks/1/complete", null, "{\"approved\":true}")
                                .statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/api/v1/coops", null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheCoopsLeaderSeesAndCompletesTheReviewTask() throws Exception {
        HttpResponse<String> applied =
                send(
                        "POST",
                        "/api/v1/coops/" + f.coopId() + "/applications",
                        f.applicant(),
                        "{\"businessType\":\"LAUNDRY\",\"shopName\":\"깨끗한 세탁소\",\"message\":\"함께해요\"}");
        assertThat(applied.statusCode()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(60)).until(() -> taskIdOf(f.leader()) != null);
        long taskId = taskIdOf(f.leader());
        assertThat(send("GET", "/api/v1/tasks/" + taskId, f.leader(), null).body())
                .contains("조합원 가입 신청 심사", "membership-review");

        for (String outsider : new String[] {f.member(), f.applicant(), f.otherLeader()}) {
            assertThat(send("GET", "/api/v1/tasks", outsider, null).body())
                    .doesNotContain("\"id\":" + taskId);
            assertThat(send("GET", "/api/v1/tasks/" + taskId, outsider, null).statusCode())
                    .isEqualTo(403);
            HttpResponse<String> refused =
                    send(
                            "POST",
                            "/api/v1/tasks/" + taskId + "/complete",
                            outsider,
                            "{\"approved\":true}");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("권한이 없습니다");
        }
        assertThat(status(taskId)).isEqualTo("OPEN");

        HttpResponse<String> noReason =
                send(
                        "POST",
                        "/api/v1/tasks/" + taskId + "/complete",
                        f.leader(),
                        "{\"approved\":false,\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("거절 사유를 입력해 주세요");
        HttpResponse<String> malformed =
                send("POST", "/api/v1/tasks/" + taskId + "/complete", f.leader(), "{approved");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(status(taskId)).isEqualTo("OPEN");

        HttpResponse<String> done =
                send(
                        "POST",
                        "/api/v1/tasks/" + taskId + "/complete",
                        f.leader(),
                        "{\"approved\":true}");
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(status(taskId)).isEqualTo("COMPLETED");
        HttpResponse<String> again =
                send(
                        "POST",
                        "/api/v1/tasks/" + taskId + "/complete",
                        f.leader(),
                        "{\"approved\":true}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("이미 처리된 할 일입니다");
    }

    @Test
    void theLeaderIsNotifiedOfTheNewTaskAndNobodyElseCanReadOrMarkThatNotification()
            throws Exception {
        send(
                "POST",
                "/api/v1/coops/" + f.coopId() + "/applications",
                f.applicant(),
                "{\"businessType\":\"CAFE\",\"shopName\":\"골목 카페\"}");
        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                send("GET", "/api/v1/notifications", f.leader(), null)
                                        .body()
                                        .contains("새 할 일: 조합원 가입 신청 심사"));
        String mine = send("GET", "/api/v1/notifications", f.leader(), null).body();
        assertThat(mine).contains("\"unread\":1", "\"link\":\"tasks/");
        var id = Pattern.compile("\"id\":(\\d+)").matcher(mine);
        assertThat(id.find()).isTrue();

        assertThat(send("GET", "/api/v1/notifications", f.member(), null).body())
                .doesNotContain("조합원 가입 신청 심사");
        assertThat(
                        send(
                                        "POST",
                                        "/api/v1/notifications/" + id.group(1) + "/read",
                                        f.member(),
                                        null)
                                .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/api/v1/outbox", f.member(), null).statusCode()).isEqualTo(403);
        assertThat(
                        send(
                                        "POST",
                                        "/api/v1/notifications/" + id.group(1) + "/read",
                                        f.leader(),
                                        null)
                                .statusCode())
                .isEqualTo(200);
        assertThat(send("GET", "/api/v1/notifications", f.leader(), null).body())
                .contains("\"unread\":0");
    }

    @Test
    void invalidNotificationPreferencesAreRefusedWithAClearMessage() throws Exception {
        HttpResponse<String> refused =
                send(
                        "PUT",
                        "/api/v1/notifications/preferences",
                        f.member(),
                        "{\"email\":\"kim@\",\"phone\":null,\"channels\":{\"RESULT\":[\"EMAIL\"]},"
                                + "\"quietFrom\":\"21:00\",\"quietUntil\":\"08:00\",\"dailyDigest\":false}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("이메일 주소 형식이 아닙니다");
        assertThat(send("GET", "/api/v1/notifications/preferences", f.member(), null).body())
                .contains("\"email\":null");
    }

    @Test
    void errorsAreExplainedInEnglishWhenAsked() throws Exception {
        HttpResponse<String> response =
                http.send(
                        request("GET", "/api/v1/tasks/999999", f.member(), null)
                                .header("Accept-Language", "en")
                                .header("Authorization", BasicAuth.of(f.member()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("No such task");
    }

    @Test
    void fiveWrongPasswordsSlowTheGuesserButNotTheOwnerElsewhere() throws Exception {
        // a guesser behind the (trusted) proxy at 203.0.113.7
        for (int i = 0; i < 5; i++) {
            assertThat(sendFrom("203.0.113.7", f.member(), "wrong-" + i).statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> slowed = sendFrom("203.0.113.7", f.member(), Fixtures.PASSWORD);
        assertThat(slowed.statusCode())
                .as("the next try waits, even with the right password")
                .isEqualTo(429);
        assertThat(slowed.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(s).isNotBlank());
        assertThat(slowed.body()).contains("error.signIn.slowDown");
        // the owner at home is not locked out, and no account is locked
        assertThat(sendFrom("198.51.100.20", f.member(), Fixtures.PASSWORD).statusCode())
                .isEqualTo(200);
        assertThat(sendFrom("203.0.113.7", f.leader(), Fixtures.PASSWORD).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aForwardedAddressCountsOnlyWhenATrustedProxySetItAndAClientsOwnEntryIsIgnored()
            throws Exception {
        // the client writes 192.0.2.1 itself; the proxy (127.0.0.1, trusted) appends the address it
        // saw
        for (int i = 0; i < 5; i++) {
            sendFrom("192.0.2.1, 203.0.113.99", f.member(), "wrong-" + i);
        }
        assertThat(sendFrom("192.0.2.1, 203.0.113.99", f.member(), Fixtures.PASSWORD).statusCode())
                .as("counted for the address the proxy saw")
                .isEqualTo(429);
        assertThat(sendFrom("192.0.2.1", f.member(), Fixtures.PASSWORD).statusCode())
                .as("not for the address the client wrote")
                .isEqualTo(200);
    }

    @Test
    void parallelWrongPasswordsAreEachCounted() throws Exception {
        int guesses = 12;
        try (var pool = Executors.newFixedThreadPool(guesses)) {
            var calls = new ArrayList<Future<HttpResponse<String>>>();
            for (int i = 0; i < guesses; i++) {
                String guess = "parallel-" + i;
                calls.add(pool.submit(() -> sendFrom("203.0.113.50", f.applicant(), guess)));
            }
            int checked = 0;
            for (var call : calls) {
                int status = call.get().statusCode();
                assertThat(status).isIn(401, 429);
                checked += status == 401 ? 1 : 0;
            }
            // every password that was checked and wrong is counted once, however many ran at once
            assertThat(checked).isGreaterThanOrEqualTo(5);
            for (String subject :
                    List.of("u:" + f.applicant(), "p:" + f.applicant() + "@203.0.113.50")) {
                assertThat(
                                jdbc.queryForObject(
                                        "select failures from sign_in_failure where subject = ?",
                                        Integer.class,
                                        subject))
                        .as(subject)
                        .isEqualTo(checked);
            }
        }
    }

    private HttpResponse<String> sendFrom(String forwardedFor, String user, String password)
            throws Exception {
        HttpRequest.Builder request =
                request("GET", "/api/v1/me", user, null).header("X-Forwarded-For", forwardedFor);
        request.header("Authorization", BasicAuth.of(user, password));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theBoardAndTheCoopRulesRefuseBadInputAndStrangersOverTheApi() throws Exception {
        String posts = "/api/v1/coops/" + f.coopId() + "/posts";
        HttpResponse<String> badLink =
                send(
                        "POST",
                        posts,
                        f.member(),
                        "{\"kind\":\"INFO\",\"title\":\"시세\","
                                + "\"body\":\"배추\",\"links\":[{\"url\":\"javascript:alert(1)\"}]}");
        assertThat(badLink.statusCode()).as(badLink.body()).isEqualTo(400);
        assertThat(badLink.body()).contains("http:// 또는 https://");
        assertThat(send("GET", posts, f.member(), null).body()).isEqualTo("[]");

        HttpResponse<String> created =
                send(
                        "POST",
                        posts,
                        f.member(),
                        "{\"kind\":\"QUESTION\",\"title\":\"카드 단말기\","
                                + "\"body\":\"어디서 바꾸셨어요?\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        assertThat(send("GET", "/api/v1/posts/" + id.group(1), f.otherLeader(), null).statusCode())
                .isEqualTo(404);
        assertThat(
                        send(
                                        "POST",
                                        "/api/v1/posts/" + id.group(1) + "/comments",
                                        f.otherLeader(),
                                        "{\"text\":\"안녕\"}")
                                .statusCode())
                .isEqualTo(404);

        HttpResponse<String> rules =
                send(
                        "PUT",
                        "/api/v1/coops/" + f.coopId() + "/rules",
                        f.leader(),
                        "{\"rules\":{\"quorumPercent\":10,\"approvalRule\":\"SIMPLE_MAJORITY\",\"reasonRequiredForNo\":false,\"voteHours\":24,"
                                + "\"reminderLeadHours\":2,\"supplierAnswerHours\":24,\"paymentDueDays\":3,"
                                + "\"priceRiseLimitPercent\":5,\"jobPostReview\":\"LEADER\",\"couponFoundationThresholdWon\":0},"
                                + "\"note\":\"빨리 결정하려고\"}");
        assertThat(rules.statusCode()).isEqualTo(403);
        assertThat(rules.body()).contains("가결된 안건이나 재단만");
        assertThat(send("GET", "/api/v1/coops/" + f.coopId() + "/rules", f.member(), null).body())
                .contains("\"version\":1", "\"quorumPercent\":50");
        assertThat(
                        send(
                                        "POST",
                                        "/api/v1/proposals",
                                        f.applicant(),
                                        "{\"coopId\":"
                                                + f.coopId()
                                                + ",\"title\":\"제안\",\"body\":\"내용\"}")
                                .statusCode())
                .isEqualTo(403);
    }

    @Test
    void jobPostsBelowTheMinimumWageAndStrangersOnAnotherEmployersPostAreRefusedOverTheApi()
            throws Exception {
        LocalDate start = LocalDate.now(MarketTime.ZONE).plusDays(10);
        String post =
                "{\"coopId\":"
                        + f.coopId()
                        + ",\"title\":\"포장 도우미\",\"businessType\":\"BAKERY\","
                        + "\"tasks\":\"포장\",\"skills\":\"포장\",\"place\":\"태평당\",\"area\":\"태평3동 시장\","
                        + "\"startDate\":\""
                        + start
                        + "\",\"endDate\":\""
                        + start
                        + "\",\"dailyStart\":\"09:00\","
                        + "\"dailyEnd\":\"17:00\",\"positions\":1,\"payUnit\":\"HOUR\",\"payWon\":%d,"
                        + "\"applicationDeadline\":\""
                        + start.minusDays(2)
                        + "T00:00:00Z\"}";
        HttpResponse<String> low = send("POST", "/api/v1/jobs", f.member(), post.formatted(9_000));
        assertThat(low.statusCode()).as(low.body()).isEqualTo(400);
        assertThat(low.body()).contains("최저임금", "10,320원");
        assertThat(send("GET", "/api/v1/jobs/mine", f.member(), null).body()).isEqualTo("[]");

        HttpResponse<String> created =
                send("POST", "/api/v1/jobs", f.member(), post.formatted(12_000));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        assertThat(id.find()).isTrue();
        assertThat(
                        send(
                                        "GET",
                                        "/api/v1/jobs/" + id.group(1) + "/applicants",
                                        f.otherLeader(),
                                        null)
                                .statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/v1/jobs/" + id.group(1), f.applicant(), null).statusCode())
                .as("a post in review is not public")
                .isEqualTo(404);
    }

    @Test
    void onlyTheFoundationAndAdminsVerifyTheAuditTrail() throws Exception {
        assertThat(send("POST", "/api/v1/audit/verify", f.leader(), null).statusCode())
                .isEqualTo(403);
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(
                officer,
                Fixtures.PASSWORD,
                "재단 직원",
                Set.of(org.sangsaeng.membership.Role.FOUNDATION));
        HttpResponse<String> report = send("POST", "/api/v1/audit/verify", officer, null);
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(report.body()).contains("\"intact\":true");
    }

    @Test
    void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> docs = send("GET", "/v3/api-docs", null, null);
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body())
                .contains(
                        "/api/v1/tasks/{id}/complete",
                        "/api/v1/coops/{coopId}/applications",
                        "/api/v1/coops/{coopId}/posts",
                        "/api/v1/proposals/{id}/withdraw",
                        "/api/v1/coops/{coopId}/rules/history",
                        "/api/v1/jobs/{id}/applications",
                        "/api/v1/job-applications/{id}/offer",
                        "/api/v1/seekers/me");
    }

    private Long taskIdOf(String username) throws Exception {
        String body = send("GET", "/api/v1/tasks", username, null).body();
        var m = Pattern.compile("\"task\":\\{\"id\":(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    private String status(long taskId) {
        return jdbc.queryForObject(
                "select status from task where job_key = ?", String.class, taskId);
    }

    private HttpResponse<String> send(String method, String path, String user, String body)
            throws Exception {
        return send(method, path, user, body, Fixtures.PASSWORD);
    }

    private HttpResponse<String> send(
            String method, String path, String user, String body, String password)
            throws Exception {
        HttpRequest.Builder request = request(method, path, user, body);
        if (user != null) {
            request.header("Authorization", BasicAuth.of(user, password));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String user, String body) {
        return LocalHttp.json(port, method, path, body);
    }
}
