package org.sangsaeng.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.notifications.Channel;
import org.sangsaeng.notifications.NotificationKind;
import org.sangsaeng.notifications.domain.OutboxMessage;
import org.sangsaeng.notifications.domain.OutboxMessages;
import org.sangsaeng.oversight.AuditTrailFixture;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a Prometheus server and an operator see: the whole app on the in-memory engine and a
 * database of its own (so every count is exact), scraped over HTTP with the metrics token. The
 * broker's management endpoint, which the in-memory engine does not have, is stood in for by a
 * server that answers in the broker's own format (Zeebe 8.6's metric names and labels).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringIntegrationTests {

    static final String TOKEN = "metrics-token-for-the-test-0123456789abcdef";
    static final long LAG_LIMIT = 100;

    static HttpServer broker;
    static volatile long committedPosition;

    @DynamicPropertySource
    static void system(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("monitoring"));
        broker = brokerManagementEndpoint();
        registry.add(
                "sangsaeng.monitoring.broker-metrics-url",
                () -> "http://127.0.0.1:" + broker.getAddress().getPort() + "/actuator/prometheus");
        registry.add("sangsaeng.monitoring.export-lag-limit", () -> LAG_LIMIT);
        registry.add("sangsaeng.monitoring.metrics-token", () -> TOKEN);
    }

    @AfterAll
    static void stopBroker() {
        broker.stop(0);
    }

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;
    @Autowired OutboxMessages outbox;
    @Autowired TransactionTemplate transactions;
    @Autowired CamundaClient camunda;

    final JsonMapper json = JsonMapper.builder().build();
    Fixtures f;
    String admin;

    @BeforeEach
    void givenACoopAndAnAdmin() {
        f = Fixtures.create(accounts, coops);
        admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));
    }

    @Test
    void onlyThePrometheusServerAndAdministratorsReadTheMetrics() {
        assertThat(get("/actuator/prometheus", null).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(get("/actuator/prometheus", BasicAuth.of(f.member())).statusCode())
                .as("a member")
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", BasicAuth.of(f.leader())).statusCode())
                .as("a leader")
                .isEqualTo(403);
        assertThat(get("/actuator/prometheus", "Bearer wrong-" + TOKEN).statusCode())
                .as("a wrong token")
                .isEqualTo(401);

        HttpResponse<String> scraped = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
        assertThat(get("/actuator/prometheus", BasicAuth.of(admin)).statusCode())
                .as("an administrator")
                .isEqualTo(200);

        // The token opens the metrics and nothing else.
        assertThat(get("/api/v1/me", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", "Bearer " + TOKEN).statusCode()).isEqualTo(401);
        assertThat(health("Bearer " + TOKEN).has("components"))
                .as("no health details for the token")
                .isFalse();
        assertThat(health(BasicAuth.of(f.member())).has("components"))
                .as("no health details for a member")
                .isFalse();
        assertThat(health(null).has("components")).as("none for anonymous").isFalse();
        assertThat(health(BasicAuth.of(admin)).get("components").has("outbox"))
                .as("details for an administrator")
                .isTrue();
    }

    @Test
    void openAndOverdueTasksCountByProcessAndAge() {
        // Every process has its series from the start, at 0 (this database is the test's own).
        String before = scrape();
        assertThat(value(before, "sangsaeng_tasks_overdue", "process=\"job-matching\"")).isZero();
        assertThat(
                        value(
                                before,
                                "sangsaeng_tasks_open",
                                "process=\"coupon-approval\"",
                                "age=\"gt_7d\""))
                .isZero();

        String process = "membership-application";
        String ofProcess = "process=\"" + process + "\"";
        Instant now = Instant.now();
        task(process, "OPEN", now.minusSeconds(60), now.plus(Duration.ofDays(2)));
        task(process, "OPEN", now.minusSeconds(3_600), null);
        task(process, "OPEN", now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(3)));
        task(process, "OPEN", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)));
        task(process, "COMPLETED", now.minus(Duration.ofDays(10)), now.minus(Duration.ofDays(3)));

        String scraped =
                scrapeUntil(text -> value(text, "sangsaeng_tasks_overdue", ofProcess) == 2);
        assertThat(value(scraped, "sangsaeng_tasks_open", "age=\"lt_1d\"", ofProcess)).isEqualTo(2);
        assertThat(value(scraped, "sangsaeng_tasks_open", "age=\"1d_7d\"", ofProcess)).isEqualTo(1);
        assertThat(value(scraped, "sangsaeng_tasks_open", "age=\"gt_7d\"", ofProcess)).isEqualTo(1);
        assertThat(value(scraped, "sangsaeng_tasks_overdue", "process=\"job-matching\"")).isZero();

        // A process whose file is gone still has open tasks to count.
        task(
                "retired-process",
                "OPEN",
                now.minus(Duration.ofDays(3)),
                now.minus(Duration.ofDays(1)));
        scrapeUntil(
                text -> value(text, "sangsaeng_tasks_overdue", "process=\"retired-process\"") == 1);

        jdbc.update("UPDATE task SET status = 'CANCELED' WHERE bpmn_process_id = ?", process);
        scraped = scrapeUntil(text -> value(text, "sangsaeng_tasks_overdue", ofProcess) == 0);
        assertThat(value(scraped, "sangsaeng_tasks_open", "age=\"lt_1d\"", ofProcess)).isZero();
    }

    @Test
    void theOutboxCountsByChannelAndItsHealthFallsWhileAMessageFailedForGood() {
        long recipient =
                jdbc.queryForObject(
                        "SELECT id FROM app_user WHERE username = ?", Long.class, f.member());
        double smsPending =
                value(scrape(), "sangsaeng_outbox", "channel=\"sms\"", "state=\"pending\"");
        double kakaoFailed =
                value(scrape(), "sangsaeng_outbox", "channel=\"kakao\"", "state=\"failed\"");
        Instant later =
                Instant.now()
                        .plus(Duration.ofDays(1)); // not due: no dispatcher takes them meanwhile
        for (int i = 0; i < 3; i++) {
            outbox.save(message(recipient, Channel.SMS, later));
        }
        assertThat(component(BasicAuth.of(admin), "outbox").get("status").asString())
                .isEqualTo("UP");

        long failed =
                transactions.execute(
                        t -> {
                            OutboxMessage m = outbox.save(message(recipient, Channel.KAKAO, later));
                            m.refused("SOLAPI 3059: the number does not exist", Instant.now());
                            return m.getId();
                        });

        String scraped =
                scrapeUntil(
                        text ->
                                value(
                                                text,
                                                "sangsaeng_outbox",
                                                "channel=\"kakao\"",
                                                "state=\"failed\"")
                                        == kakaoFailed + 1);
        assertThat(value(scraped, "sangsaeng_outbox", "channel=\"sms\"", "state=\"pending\""))
                .isEqualTo(smsPending + 3);
        JsonNode outboxHealth =
                componentUntil("outbox", c -> c.get("status").asString().equals("DOWN"));
        assertThat(outboxHealth.get("details").get("failedWithinWindow").asLong()).isEqualTo(1);
        assertThat(health(null).get("status").asString())
                .as("the overall status anyone sees")
                .isEqualTo("DOWN");

        transactions.executeWithoutResult(
                t -> outbox.findById(failed).orElseThrow().retry(Instant.now()));
        componentUntil("outbox", c -> c.get("status").asString().equals("UP"));
        assertThat(value(scrape(), "sangsaeng_outbox", "channel=\"kakao\"", "state=\"failed\""))
                .isEqualTo(kakaoFailed);
    }

    @Test
    void answersWaitingForTheBrokerAreCountedWithTheAgeOfTheOldest() {
        double before = value(scrape(), "sangsaeng_task_completions_pending");
        assertThat(before).as("the series is there from the start").isGreaterThanOrEqualTo(0);
        // An answer stored ten minutes ago whose command the broker has not taken (leased ahead,
        // so that no sender of this test's app takes it meanwhile).
        long jobKey = -System.nanoTime();
        jdbc.update(
                "INSERT INTO task_completion (job_key, variables, completed_by, created_at, state,"
                        + " attempts, in_doubt, lease_until) VALUES (?, '{}', ?, ?, 'PENDING', 3,"
                        + " TRUE, ?)",
                jobKey,
                f.member(),
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))),
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))));
        try {
            String scraped =
                    scrapeUntil(
                            text ->
                                    value(text, "sangsaeng_task_completions_pending")
                                            == before + 1);
            assertThat(value(scraped, "sangsaeng_task_completions_oldest_pending_seconds"))
                    .isBetween(600.0, 700.0);
        } finally {
            jdbc.update("DELETE FROM task_completion WHERE job_key = ?", jobKey);
        }
    }

    @Test
    void theExporterHealthFallsWhenTheTrailLagsPastTheLimitAndRisesWhenItCatchesUp() {
        AuditTrailFixture trail = new AuditTrailFixture(jdbc);
        Long newest =
                jdbc.queryForObject(
                        "SELECT MAX(position) FROM audit_record WHERE partition_id = 1",
                        Long.class);
        long inTrail = newest == null ? 0 : newest;
        committedPosition =
                trail.firstPosition() + 500; // the broker wrote ~500 records the trail lacks

        JsonNode exporter =
                componentUntil("exporter", c -> c.get("status").asString().equals("DOWN"));
        assertThat(exporter.get("details").get("lag").asLong())
                .isEqualTo(committedPosition - inTrail);
        assertThat(exporter.get("details").get("limit").asLong()).isEqualTo(LAG_LIMIT);
        assertThat(value(scrape(), "sangsaeng_audit_export_lag"))
                .isEqualTo(committedPosition - inTrail);
        assertThat(health(null).get("status").asString()).isEqualTo("DOWN");

        // The exporter writes what the broker committed; 50 records still on their way are within
        // the limit.
        trail.finishedPurchase(f.coopId(), f.member(), Instant.now().minusSeconds(300));
        trail.stuckCoupon(f.coopId(), Instant.now().minusSeconds(60));
        long written =
                jdbc.queryForObject(
                        "SELECT MAX(position) FROM audit_record WHERE partition_id = 1",
                        Long.class);
        committedPosition = written + 50;

        exporter = componentUntil("exporter", c -> c.get("status").asString().equals("UP"));
        assertThat(exporter.get("details").get("lag").asLong()).isEqualTo(50);
        String scraped = scrapeUntil(text -> value(text, "sangsaeng_audit_export_lag") == 50);
        // The stuck coupon's incident reaches the metrics through the process index.
        scraped = scrapeUntil(text -> value(text, "sangsaeng_incidents_open") >= 1);
        assertThat(value(scraped, "sangsaeng_incidents_open")).isEqualTo(1);
    }

    @Test
    void theEngineThePoolAndTheWorkersAreThere() {
        String scraped = scrape();
        assertThat(value(scraped, "sangsaeng_engine_up")).isEqualTo(1);
        assertThat(value(scraped, "hikaricp_connections_max", "pool=\"sangsaeng\"")).isEqualTo(30);
        assertThat(scraped)
                .contains(
                        "hikaricp_connections_active{pool=\"sangsaeng\"}",
                        "hikaricp_connections_pending{pool=\"sangsaeng\"}");
        assertThat(value(scraped, "sangsaeng_jobs_failed_total", "type=\"coupon-publish\""))
                .isZero();
    }

    @Test
    void aJobThatAWorkerFailsIsCounted() {
        double before = value(scrape(), "sangsaeng_jobs_failed_total", "type=\"coupon-schedule\"");
        assertThat(before).as("the counter is there, at 0, before any failure").isZero();
        // The app's coupon worker is given a coupon that does not exist: it fails the job, the
        // engine retries.
        camunda.newDeployResourceCommand()
                .addProcessModel(
                        Bpmn.createExecutableProcess("monitoring-failing-step")
                                .startEvent()
                                .serviceTask(
                                        "ScheduleCouponTask",
                                        t -> t.zeebeJobType("coupon-schedule"))
                                .endEvent()
                                .done(),
                        "monitoring-failing-step.bpmn")
                .send()
                .join();
        camunda.newCreateInstanceCommand()
                .bpmnProcessId("monitoring-failing-step")
                .latestVersion()
                .variables(Map.of("couponId", 987_654_321L))
                .send()
                .join();

        scrapeUntil(
                text ->
                        value(text, "sangsaeng_jobs_failed_total", "type=\"coupon-schedule\"")
                                >= 1);
        String scraped = scrape();
        assertThat(value(scraped, "sangsaeng_jobs_failed_total", "type=\"coupon-publish\""))
                .as("other job types")
                .isZero();
        assertThat(value(scraped, "sangsaeng_jobs_wait_seconds_count", "type=\"coupon-schedule\""))
                .as("the failed job's wait for its handler is timed")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void theDashboardAndTheAlertRulesNameOnlyMetricsTheAppExposes() {
        String scraped = scrape();
        Set<String> exposed =
                new HashSet<>(
                        scraped.lines()
                                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                                .map(line -> line.split("[{ ]", 2)[0])
                                .toList());
        exposed.add("up"); // Prometheus's own, one per target
        Map<String, Set<String>> used = MonitoringFilesTests.metricsUsed();
        assertThat(used.keySet()).containsExactly("alerts.yml", "sangsaeng-dashboard.json");
        used.forEach(
                (file, names) ->
                        assertThat(exposed)
                                .as(file + " names only metrics the app exposes")
                                .containsAll(names));
        assertThat(used.get("alerts.yml"))
                .contains(
                        "sangsaeng_engine_up",
                        "sangsaeng_audit_export_lag",
                        "sangsaeng_outbox",
                        "sangsaeng_tasks_overdue",
                        "sangsaeng_incidents_open",
                        "hikaricp_connections_pending");
    }

    // --- what the test does as the broker, the exporter and the task inbox

    private static HttpServer brokerManagementEndpoint() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext(
                    "/actuator/prometheus",
                    exchange -> {
                        // As Zeebe 8.6 writes them (Prometheus simpleclient: a trailing comma after
                        // the labels).
                        byte[] body =
                                ("""
                        # HELP zeebe_log_appender_last_committed_position The last committed position.
                        # TYPE zeebe_log_appender_last_committed_position gauge
                        zeebe_log_appender_last_committed_position{cluster_id="",partition="1",} %d.0
                        # HELP zeebe_exporter_last_exported_position The last exported position by exporter and partition.
                        # TYPE zeebe_exporter_last_exported_position gauge
                        zeebe_exporter_last_exported_position{cluster_id="",exporter="audit",partition="1",} 0.0
                        """
                                                .formatted(committedPosition))
                                        .getBytes(StandardCharsets.UTF_8);
                        exchange.getResponseHeaders()
                                .add("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
                        exchange.sendResponseHeaders(200, body.length);
                        try (OutputStream out = exchange.getResponseBody()) {
                            out.write(body);
                        }
                    });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A task row as the task inbox stores it for a user-task job. */
    private void task(String process, String status, Instant created, Instant due) {
        long key = Math.abs(UUID.randomUUID().getMostSignificantBits() >> 12);
        jdbc.update(
                """
                INSERT INTO task (job_key, process_instance_key, bpmn_process_id, element_id, form_key, coop_id, due_at,
                  created_at, job_deadline, variables, status, completed_by, completed_at)
                VALUES (?, ?, ?, 'ReviewTask', 'test', ?, ?, ?, ?, '{}', ?, ?, ?)""",
                key,
                key + 1,
                process,
                f.coopId(),
                utc(due),
                utc(created),
                utc(created.plus(Duration.ofDays(7))),
                status,
                status.equals("COMPLETED") ? f.leader() : null,
                status.equals("COMPLETED") ? utc(Instant.now()) : null);
    }

    private static OutboxMessage message(long recipient, Channel channel, Instant due) {
        return new OutboxMessage(
                "monitoring-" + UUID.randomUUID(),
                recipient,
                null,
                channel,
                NotificationKind.RESULT,
                false,
                "010-1234-5678",
                "결과",
                "신청이 승인되었습니다",
                OutboxMessage.Status.PENDING,
                due,
                Instant.now());
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    // --- what Prometheus and the operator read

    private String scrape() {
        HttpResponse<String> response = get("/actuator/prometheus", "Bearer " + TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /**
     * Scrapes until the text shows what the test waits for: the gauges are read at most every 5 s.
     */
    private String scrapeUntil(Predicate<String> shown) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String text = scrape();
        while (!shown.test(text) && System.nanoTime() < deadline) {
            pause();
            text = scrape();
        }
        assertThat(shown.test(text)).as("the scrape shows it within 20 s:\n" + text).isTrue();
        return text;
    }

    private JsonNode componentUntil(String name, Predicate<JsonNode> shown) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode component = component(BasicAuth.of(admin), name);
        while (!shown.test(component) && System.nanoTime() < deadline) {
            pause();
            component = component(BasicAuth.of(admin), name);
        }
        assertThat(shown.test(component)).as(name + " within 20 s: " + component).isTrue();
        return component;
    }

    private JsonNode component(String authorization, String name) {
        return health(authorization).get("components").get(name);
    }

    private JsonNode health(String authorization) {
        return json.readTree(get("/actuator/health", authorization).body());
    }

    /**
     * The value of the one sample of {@code metric} whose labels contain all of {@code labels}; -1
     * when there is none.
     */
    static double value(String scraped, String metric, String... labels) {
        return scraped.lines()
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(
                        line -> {
                            for (String label : labels) {
                                if (!line.contains(label)) {
                                    return false;
                                }
                            }
                            return true;
                        })
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .reduce(
                        (a, b) -> {
                            throw new AssertionError(
                                    "more than one sample of "
                                            + metric
                                            + " with "
                                            + String.join(",", labels));
                        })
                .orElse(-1.0);
    }

    private HttpResponse<String> get(String path, String authorization) {
        return LocalHttp.get(port, path, authorization);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
