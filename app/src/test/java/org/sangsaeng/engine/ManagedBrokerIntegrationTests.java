package org.sangsaeng.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.BrokerIntegrationTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.ProcessInstances;
import org.sangsaeng.membership.ApplicationDetails;
import org.sangsaeng.membership.ApplicationStatus;
import org.sangsaeng.membership.BusinessType;
import org.sangsaeng.membership.MemberDetails;
import org.sangsaeng.membership.MembershipApplicationForm;
import org.sangsaeng.membership.MembershipService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.oversight.Incidents;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.tasks.PendingCompletions;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskStatus;
import org.sangsaeng.web.BasicAuth;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The app as {@code ./sangsaeng run} starts it: a real Zeebe broker run by the app as a child
 * process, with our audit exporter inside, and a real MariaDB.
 */
// Stops the broker as soon as this class is done, rather than when the test JVM exits.
class ManagedBrokerIntegrationTests extends BrokerIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @LocalServerPort int port;
    @Autowired MembershipService memberships;
    @Autowired CamundaClient camunda;
    @Autowired org.sangsaeng.oversight.AuditTrailService audit;
    @Autowired Incidents incidents;
    @Autowired ManagedBroker broker;
    @Autowired EngineProperties properties;

    final JsonMapper json = JsonMapper.shared();
    final HttpClient http = HttpClient.newHttpClient();
    Fixtures f;

    @BeforeEach
    void givenACoop() {
        f = Fixtures.create(accounts, coops);
    }

    @Test
    void theBrokerGivesWayToTheAppWhenTheyShareTheMachine() throws Exception {
        Path stat = Path.of("/proc", Long.toString(broker.pid().orElseThrow()), "stat");
        assumeTrue(Files.exists(stat), "a Linux /proc");
        // Its CPU priority (nice, the 19th field of stat) is the app's lowered by the setting, by
        // default as far as it goes.
        int app = niceOf(Path.of("/proc/self/stat"));
        assertThat(properties.managed().nice()).isEqualTo(19);
        assertThat(niceOf(stat)).isEqualTo(Math.min(19, app + properties.managed().nice()));
        assertThat(niceOf(stat)).isGreaterThan(app);
    }

    private static int niceOf(Path stat) throws Exception {
        String line = Files.readString(stat);
        // Fields after the command name in parentheses start with the third, the state.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Integer.parseInt(fields[19 - 3]);
    }

    @Test
    void anApprovedApplicationRunsOnTheBrokerAndEveryStepIsInTheAuditTrail() {
        ApplicationDetails application = applies(BusinessType.LAUNDRY, "깨끗한 세탁소", "함께하고 싶습니다");

        TaskDetails task = leadersFirstTask();
        assertThat(task.businessKey()).isEqualTo("membership-application-" + application.id());
        inbox.complete(task.id(), Map.of("approved", true));

        Fixtures.signIn(f.applicant());
        await().pollInSameThread()
                .atMost(TIMEOUT)
                .untilAsserted(
                        () ->
                                assertThat(memberships.get(application.id()).status())
                                        .isEqualTo(ApplicationStatus.APPROVED));
        assertThat(memberships.members(f.coopId()))
                .extracting(MemberDetails::username)
                .contains(f.applicant());

        long instance = ProcessInstances.of(jdbc, "membership_application", application.id());
        // The process's own completion is its last record: once it is stored, all before it are.
        awaitAudited(instance, MembershipService.PROCESS_ID, "ELEMENT_COMPLETED");
        List<AuditEntry> trail = auditTrail(instance);

        assertThat(trail)
                .filteredOn(r -> r.valueType().equals("PROCESS_INSTANCE"))
                .extracting(r -> r.elementId() + " " + r.intent())
                .as("every element entered and left, in order")
                .containsSubsequence(
                        "membership-application ELEMENT_ACTIVATED",
                        "ApplicationSubmittedStartEvent ELEMENT_ACTIVATED",
                        "ApplicationSubmittedStartEvent ELEMENT_COMPLETED",
                        "ReviewApplicationTask ELEMENT_ACTIVATED",
                        "ReviewApplicationTask ELEMENT_COMPLETED",
                        "ApprovedGateway ELEMENT_ACTIVATED",
                        "ApprovedGateway ELEMENT_COMPLETED",
                        "AddMemberTask ELEMENT_ACTIVATED",
                        "AddMemberTask ELEMENT_COMPLETED",
                        "MemberJoinedEndEvent ELEMENT_ACTIVATED",
                        "MemberJoinedEndEvent ELEMENT_COMPLETED",
                        "membership-application ELEMENT_COMPLETED")
                .noneMatch(step -> step.startsWith("RecordRejectionTask"));
        assertThat(trail)
                .filteredOn(r -> r.intent().equals("ELEMENT_COMPLETED"))
                .extracting(AuditEntry::elementId, AuditEntry::elementType)
                .contains(
                        tuple("membership-application", "PROCESS"),
                        tuple("ApplicationSubmittedStartEvent", "START_EVENT"),
                        tuple("ReviewApplicationTask", "USER_TASK"),
                        tuple("ApprovedGateway", "EXCLUSIVE_GATEWAY"),
                        tuple("AddMemberTask", "SERVICE_TASK"),
                        tuple("MemberJoinedEndEvent", "END_EVENT"));

        List<AuditEntry> reviewJob =
                trail.stream()
                        .filter(
                                r ->
                                        r.valueType().equals("JOB")
                                                && "ReviewApplicationTask".equals(r.elementId()))
                        .toList();
        assertThat(reviewJob).extracting(AuditEntry::intent).contains("CREATED", "COMPLETED");
        assertThat(reviewJob).allSatisfy(r -> assertThat(r.recordKey()).isEqualTo(task.id()));
        assertThat(json.readTree(reviewJob.getFirst().valueJson()).at("/value/type").asString())
                .isEqualTo("io.camunda.zeebe:userTask");
        assertThat(reviewJob)
                .filteredOn(r -> r.intent().equals("COMPLETED"))
                .extracting(AuditEntry::completedBy)
                .as("who completed the review")
                .containsExactly(f.leader());

        Map<String, String> variables =
                trail.stream()
                        .filter(
                                r ->
                                        r.valueType().equals("VARIABLE")
                                                && r.intent().equals("CREATED"))
                        .map(r -> json.readTree(r.valueJson()).path("value"))
                        .collect(
                                Collectors.toMap(
                                        v -> v.path("name").asString(),
                                        v -> v.path("value").asString(),
                                        (first, last) -> last));
        assertThat(variables)
                .containsEntry("applicationId", Long.toString(application.id()))
                .containsEntry("coopId", Long.toString(f.coopId()))
                .containsEntry("applicant", quoted(f.applicant()))
                .containsEntry("businessKey", quoted("membership-application-" + application.id()))
                .containsEntry("approved", "true")
                .containsEntry("completedBy", quoted(f.leader()));
    }

    @Test
    void aTaskWhoseProcessIsCancelledInTheEngineLeavesTheTaskList() {
        ApplicationDetails application = applies(BusinessType.FRUIT, "싱싱 과일", "함께해요");
        TaskDetails task = leadersFirstTask();

        long instance = ProcessInstances.of(jdbc, "membership_application", application.id());
        camunda.newCancelInstanceCommand(instance).send().join();

        await().pollInSameThread()
                .atMost(TIMEOUT)
                .untilAsserted(
                        () ->
                                assertThat(inbox.myTasks(TaskFilter.none(), 0, 50))
                                        .extracting(TaskDetails::id)
                                        .doesNotContain(task.id()));
        assertThat(inbox.get(task.id()).status())
                .isEqualTo(org.sangsaeng.tasks.TaskStatus.CANCELED);
    }

    @Test
    void anAnswerWhoseSendWasCutShortIsSettledFromTheAuditTrail() {
        // Given two leaders' answers whose node died while sending them (outcome unknown): the one
        // reached the broker, the other's process was cancelled before it could
        TaskDetails reached = leadersReviewTask(BusinessType.FRUIT, "싱싱 과일");
        camunda.newCompleteCommand(reached.id())
                .variables(Map.of("approved", true, "reason", "", "completedBy", f.leader()))
                .send()
                .join();
        PendingCompletions.leave(
                jdbc,
                reached.id(),
                f.leader(),
                "{\"approved\":true,\"reason\":\"\",\"completedBy\":\"" + f.leader() + "\"}");
        TaskDetails cancelled = leadersReviewTask(BusinessType.BAKERY, "고소한 빵집");
        camunda.newCancelInstanceCommand(instanceOf(cancelled)).send().join();
        PendingCompletions.leave(
                jdbc,
                cancelled.id(),
                f.leader(),
                "{\"approved\":true,\"reason\":\"\",\"completedBy\":\"" + f.leader() + "\"}");

        // When the senders try again, they are told NOT_FOUND for both, and ask the audit trail
        await().atMost(TIMEOUT)
                .until(
                        () ->
                                !PendingCompletions.stateOf(jdbc, reached.id())
                                                .startsWith("PENDING")
                                        && !PendingCompletions.stateOf(jdbc, cancelled.id())
                                                .startsWith("PENDING"));

        // Then the answer the broker took stands, and the other is not taken and its leader told
        assertThat(PendingCompletions.stateOf(jdbc, reached.id())).startsWith("DONE/");
        Fixtures.signIn(f.leader());
        assertThat(inbox.get(reached.id()).status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(PendingCompletions.stateOf(jdbc, cancelled.id())).startsWith("NOT_TAKEN/");
        assertThat(inbox.get(cancelled.id()).status()).isEqualTo(TaskStatus.NOT_TAKEN);
        assertThat(
                        count(
                                "select count(*) from notification where dedup_key like 'task-not-taken:%'"
                                        + " and link in (?, ?)",
                                "tasks/" + reached.id(), "tasks/" + cancelled.id()))
                .isEqualTo(1);
    }

    /** A merchant applies to the co-op; the leader's review task, once listed. */
    private TaskDetails leadersReviewTask(BusinessType type, String shop) {
        String applicant = "applicant-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(applicant, Fixtures.PASSWORD, "오신청", Set.of());
        Fixtures.signIn(applicant);
        ApplicationDetails application =
                memberships.apply(f.coopId(), new MembershipApplicationForm(type, shop, "함께해요"));
        return awaitTask(
                f.leader(),
                "membership-review",
                "membership-application-" + application.id(),
                t -> true);
    }

    private long instanceOf(TaskDetails task) {
        return jdbc.queryForObject(
                "select process_instance_key from task where job_key = ?", Long.class, task.id());
    }

    @Test
    void healthIsUpForAnyoneAndShowsTheEngineTheDatabaseAndTheExporterToAnAdmin() throws Exception {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));

        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        JsonNode summary = json.readTree(anonymous.body());
        assertThat(summary.path("status").asString()).isEqualTo("UP");
        assertThat(summary.has("components")).as("parts hidden from anonymous callers").isFalse();

        HttpResponse<String> forAdmin = get("/actuator/health", admin);
        assertThat(forAdmin.statusCode()).isEqualTo(200);
        JsonNode details = json.readTree(forAdmin.body());
        assertThat(details.path("status").asString()).isEqualTo("UP");
        assertThat(details.at("/components/engine/status").asString()).isEqualTo("UP");
        assertThat(details.at("/components/engine/details/brokers").asInt()).isEqualTo(1);
        assertThat(details.at("/components/engine/details/partitions").asInt()).isEqualTo(1);
        assertThat(details.at("/components/engine/details/partitionsWithLeader").asInt())
                .isEqualTo(1);
        assertThat(details.at("/components/db/status").asString()).isEqualTo("UP");
        // The export lag from the real broker's own metrics (its management port), not a
        // stand-in's.
        assertThat(details.at("/components/exporter/status").asString())
                .as(forAdmin.body())
                .isEqualTo("UP");
        assertThat(details.at("/components/exporter/details/committed/1").asLong())
                .as("the broker's committed position of partition 1")
                .isPositive();
        assertThat(details.at("/components/exporter/details/lag").asLong()).isBetween(0L, 10_000L);
        assertThat(details.at("/components/outbox/status").asString()).isEqualTo("UP");

        String metrics = get("/actuator/prometheus", admin).body();
        assertThat(metrics)
                .containsPattern("(?m)^sangsaeng_audit_export_lag [0-9.E]+$")
                .contains("sangsaeng_engine_up 1.0");
    }

    record AuditEntry(
            long recordKey,
            String valueType,
            String intent,
            String elementId,
            String elementType,
            String completedBy,
            String valueJson) {}

    /**
     * Fault: the exporter's target is gone for a minute (the table renamed away, so every insert
     * fails) while a member applies. The process runs on regardless; once the table is back the
     * trail catches up with every record of the application, and the hash chain is whole.
     */
    @Test
    void whenTheAuditTableIsGoneForAMinuteTheTrailCatchesUpWithNothingMissing() throws Exception {
        long before =
                jdbc.queryForObject(
                        "SELECT COALESCE(MAX(position), -1) FROM audit_record", Long.class);
        jdbc.execute("RENAME TABLE audit_record TO audit_record_away");
        long outageEnds = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        ApplicationDetails application;
        try {
            application = applies(BusinessType.FLORIST, "꽃집 봄날", "함께하고 싶습니다");
            Fixtures.signIn(f.leader());
            await().pollInSameThread()
                    .atMost(TIMEOUT)
                    .until(
                            () ->
                                    inbox.myTasks(TaskFilter.none(), 0, 50).stream()
                                            .anyMatch(
                                                    t ->
                                                            ("membership-application-"
                                                                            + application.id())
                                                                    .equals(t.businessKey())));
            // The exporter keeps failing and retrying meanwhile.
            Thread.sleep(Math.max(0, (outageEnds - System.nanoTime()) / 1_000_000));
        } finally {
            jdbc.execute("RENAME TABLE audit_record_away TO audit_record");
        }
        long back = System.nanoTime();
        long instance = ProcessInstances.of(jdbc, "membership_application", application.id());
        awaitAudited(instance, "ReviewApplicationTask", "ELEMENT_ACTIVATED");
        System.out.printf(
                "Audit table back: the trail caught up after %d ms%n",
                (System.nanoTime() - back) / 1_000_000);
        assertThat(auditTrail(instance))
                .extracting(r -> r.elementId() + " " + r.intent())
                .containsSubsequence(
                        "membership-application ELEMENT_ACTIVATED",
                        "ApplicationSubmittedStartEvent ELEMENT_COMPLETED",
                        "ReviewApplicationTask ELEMENT_ACTIVATED");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM audit_record WHERE position > ?",
                                Long.class,
                                before))
                .as("rows exported after the outage began")
                .isPositive();
        org.sangsaeng.oversight.ChainReport chain = audit.verifyAll();
        assertThat(chain.intact()).as("%s", chain).isTrue();
    }

    @Test
    void aStepThatUsedUpItsRetriesReachesTheAdminAndTheLeaderWhoRetryItAfterTheFix()
            throws Exception {
        String admin = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));
        // A step of ours that no app worker takes: the test plays the worker that fails, then the
        // fixed one.
        String jobType = "incident-test-" + UUID.randomUUID().toString().substring(0, 8);
        camunda.newDeployResourceCommand()
                .addProcessModel(
                        Bpmn.createExecutableProcess("incident-test")
                                .startEvent()
                                .serviceTask("SendToSupplierTask", t -> t.zeebeJobType(jobType))
                                .endEvent()
                                .done(),
                        "incident-test.bpmn")
                .send()
                .join();
        long instance =
                camunda.newCreateInstanceCommand()
                        .bpmnProcessId("incident-test")
                        .latestVersion()
                        .variables(Map.of("coopId", f.coopId(), "businessKey", "incident-test-1"))
                        .send()
                        .join()
                        .getProcessInstanceKey();
        var job = activateOne(jobType);
        camunda.newFailCommand(job.getKey())
                .retries(0)
                .errorMessage("공급업체 주문 API가 응답하지 않습니다 (timeout)")
                .send()
                .join();

        // The incident is indexed with its error and reaches the admin and the co-op's leader, not
        // a member.
        long incident =
                await().atMost(TIMEOUT)
                        .until(
                                () ->
                                        jdbc.queryForList(
                                                "SELECT incident_key FROM oversight_incident WHERE instance_key = ?",
                                                Long.class,
                                                instance),
                                keys -> !keys.isEmpty())
                        .getFirst();
        assertThat(
                        jdbc.queryForList(
                                "SELECT u.username FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                                        + " WHERE n.dedup_key = ?",
                                String.class,
                                "incident:" + incident))
                .contains(admin, f.leader())
                .doesNotContain(f.member());
        assertThat(
                        jdbc.queryForObject(
                                "SELECT n.body FROM notification n JOIN app_user u ON u.id = n.recipient_id"
                                        + " WHERE n.dedup_key = ? AND u.username = ?",
                                String.class,
                                "incident:" + incident,
                                f.leader()))
                .contains("공급업체 주문 API가 응답하지 않습니다");
        HttpResponse<String> listed =
                get("/api/v1/process-instances/" + instance + "/incidents", f.leader());
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(listed.body()).get(0).get("elementId").asString())
                .isEqualTo("SendToSupplierTask");

        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> incidents.retry(incident))
                .isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(f.leader());
        incidents.retry(incident);
        var again = activateOne(jobType);
        camunda.newCompleteCommand(again.getKey()).send().join();

        await().atMost(TIMEOUT)
                .until(
                        () ->
                                jdbc.queryForList(
                                                "SELECT state FROM oversight_instance"
                                                        + " WHERE instance_key = ? AND open_incidents = 0",
                                                String.class,
                                                instance)
                                        .contains("COMPLETED"));
        assertThat(incidents.of(instance))
                .singleElement()
                .satisfies(i -> assertThat(i.resolvedAt()).isNotNull());
        assertThatThrownBy(() -> incidents.retry(incident))
                .isInstanceOf(BusinessException.class)
                .hasMessage("error.incident.resolved");
    }

    /** Waits until the instance's audit trail holds this element's record of this intent. */
    private void awaitAudited(long instance, String elementId, String intent) {
        await().atMost(TIMEOUT)
                .until(
                        () ->
                                auditTrail(instance).stream()
                                        .anyMatch(
                                                r ->
                                                        elementId.equals(r.elementId())
                                                                && intent.equals(r.intent())));
    }

    private List<AuditEntry> auditTrail(long processInstanceKey) {
        return jdbc.query(
                """
                select record_key, value_type, intent, element_id, element_type, completed_by, value_json
                from audit_record where process_instance_key = ? order by partition_id, position""",
                (rs, row) ->
                        new AuditEntry(
                                rs.getLong("record_key"),
                                rs.getString("value_type"),
                                rs.getString("intent"),
                                rs.getString("element_id"),
                                rs.getString("element_type"),
                                rs.getString("completed_by"),
                                rs.getString("value_json")),
                processInstanceKey);
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", BasicAuth.of(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Activates one job of the type, waiting until the engine has one. */
    private ActivatedJob activateOne(String jobType) {
        return await().atMost(TIMEOUT)
                .until(
                        () ->
                                camunda.newActivateJobsCommand()
                                        .jobType(jobType)
                                        .maxJobsToActivate(1)
                                        .send()
                                        .join()
                                        .getJobs(),
                        jobs -> !jobs.isEmpty())
                .getFirst();
    }

    /** The leader, signed in, once their task list has a task: its first task. */
    private TaskDetails leadersFirstTask() {
        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(TIMEOUT)
                .until(() -> !inbox.myTasks(TaskFilter.none(), 0, 50).isEmpty());
        return inbox.myTasks(TaskFilter.none(), 0, 50).getFirst();
    }

    /** The applicant applies to the co-op, signed in. */
    private ApplicationDetails applies(BusinessType type, String shop, String note) {
        Fixtures.signIn(f.applicant());
        return memberships.apply(f.coopId(), new MembershipApplicationForm(type, shop, note));
    }
}
