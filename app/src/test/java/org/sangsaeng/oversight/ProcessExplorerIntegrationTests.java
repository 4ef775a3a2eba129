package org.sangsaeng.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explorer on audit rows written as the exporter writes them (hash-chained), for two
 * instances in two co-ops: the index the projection builds, every search filter, the timeline,
 * who may see what, and the exports checked offline.
 */
class ProcessExplorerIntegrationTests extends InMemoryEngineTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    AccountService accounts;
    @Autowired
    CoopService coops;
    @Autowired
    ProcessIndexer indexer;
    @Autowired
    ProcessExplorer explorer;
    @Autowired
    AuditExport export;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    CurrentUsers currentUsers;
    @Autowired
    JsonMapper json;

    Fixtures f;
    String foundation;
    long finished;
    long stuck;
    long position;
    long firstPosition;
    String chain;
    static int seeds;
    Instant started;

    @BeforeEach
    void seed() {
        f = Fixtures.create(accounts, coops);
        foundation = "fnd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(foundation, Fixtures.PASSWORD, "상권재단", Set.of(Role.FOUNDATION));
        Long last = jdbc.queryForObject("SELECT MAX(position) FROM audit_record WHERE partition_id = 1", Long.class);
        position = last == null ? 1_000 : last + 1_000;
        chain = last == null ? null : jdbc.queryForObject(
                "SELECT row_hash FROM audit_record WHERE partition_id = 1 AND position = ?", String.class, last);
        firstPosition = position;
        // Each test's instances on days of their own, so that date searches find only them.
        started = Instant.parse("2020-01-06T01:00:00Z").plus(10L * seeds++, ChronoUnit.DAYS);
        finished = position * 10;
        stuck = finished + 1;

        // A group purchase of the first co-op: a pledge task done by the member in 90 s, then the end.
        process(finished, "ELEMENT_ACTIVATING", started);
        variable(finished, "coopId", Long.toString(f.coopId()), started);
        variable(finished, "businessKey", "\"group-purchase-" + finished + "\"", started);
        process(finished, "ELEMENT_ACTIVATED", started);
        long pledge = finished + 100;
        element(finished, pledge, "PledgeTask", "SERVICE_TASK", "ELEMENT_ACTIVATING", started.plusSeconds(1));
        element(finished, pledge, "PledgeTask", "SERVICE_TASK", "ELEMENT_ACTIVATED", started.plusSeconds(1));
        job(finished, pledge, "CREATED", null, started.plusSeconds(1));
        job(finished, pledge, "COMPLETED", f.member(), started.plusSeconds(91));
        element(finished, pledge, "PledgeTask", "SERVICE_TASK", "ELEMENT_COMPLETED", started.plusSeconds(91));
        element(finished, finished + 101, "Flow_ToEnd", "SEQUENCE_FLOW", "SEQUENCE_FLOW_TAKEN", started.plusSeconds(91));
        process(finished, "ELEMENT_COMPLETED", started.plusSeconds(100));

        // A coupon approval of the other co-op, a day later, still running with an open incident.
        Instant later = started.plus(1, ChronoUnit.DAYS);
        write(row(stuck, "PROCESS_INSTANCE", "ELEMENT_ACTIVATING", stuck, "coupon-approval", "coupon-approval", "PROCESS",
                null, later, "{\"version\":2,\"processDefinitionKey\":77,\"parentProcessInstanceKey\":-1}"));
        variable(stuck, "coopId", Long.toString(f.otherCoopId()), later);
        write(row(stuck + 5, "INCIDENT", "CREATED", stuck, "coupon-approval", "PublishTask", null, null, later,
                "{\"errorType\":\"JOB_NO_RETRIES\",\"errorMessage\":\"SMS gateway down\",\"processInstanceKey\":" + stuck + "}"));

        indexer.catchUp();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void theIndexKnowsEachInstancesCoopBusinessKeyStateAndSteps() {
        Fixtures.signIn(foundation);
        InstanceSummary done = explorer.instance(finished);
        assertThat(done.processId()).isEqualTo("group-purchase");
        assertThat(done.coopId()).isEqualTo(f.coopId());
        assertThat(done.businessKey()).isEqualTo("group-purchase-" + finished);
        assertThat(done.state()).isEqualTo(InstanceState.COMPLETED);
        assertThat(done.startedAt()).isEqualTo(started);
        assertThat(done.endedAt()).isEqualTo(started.plusSeconds(100));
        assertThat(explorer.instance(stuck).state()).isEqualTo(InstanceState.INCIDENT);
        assertThat(explorer.instance(stuck).openIncidents()).isEqualTo(1);

        assertThat(jdbc.queryForMap("SELECT duration_ms, completed_by, state FROM oversight_step"
                + " WHERE element_instance_key = ?", finished + 100))
                .containsEntry("duration_ms", 90_000L).containsEntry("completed_by", f.member())
                .containsEntry("state", "COMPLETED");

        // Applied once: catching up again changes nothing.
        assertThat(indexer.catchUp()).isZero();
        assertThat(explorer.instance(stuck).openIncidents()).isEqualTo(1);
    }

    @Test
    void everySearchFilterNarrowsTheList() {
        Fixtures.signIn(foundation);
        LocalDate day = LocalDate.ofInstant(started, SEOUL);
        assertThat(keys(new InstanceQuery(null, f.coopId(), null, null, null, null, null))).containsExactly(finished);
        assertThat(keys(new InstanceQuery("coupon-approval", null, null, day, day.plusDays(1), null, null)))
                .containsExactly(stuck);
        assertThat(keys(new InstanceQuery(null, null, InstanceState.INCIDENT, day, day.plusDays(1), null, null)))
                .containsExactly(stuck);
        assertThat(keys(new InstanceQuery(null, null, InstanceState.COMPLETED, day, day, null, null))).contains(finished)
                .doesNotContain(stuck);
        assertThat(keys(new InstanceQuery(null, null, null, null, null, f.member(), null))).containsExactly(finished);
        assertThat(keys(new InstanceQuery(null, null, null, null, null, null, "group-purchase-" + finished)))
                .containsExactly(finished);
        assertThat(keys(new InstanceQuery(null, f.coopId(), null, day.plusDays(1), day.plusDays(3), null, null))).isEmpty();
        assertThat(explorer.count(new InstanceQuery(null, f.coopId(), null, null, null, null, null))).isEqualTo(1);
    }

    @Test
    void badSearchesAreRefusedWithAReason() {
        Fixtures.signIn(foundation);
        LocalDate day = LocalDate.of(2026, 10, 5);
        assertThatThrownBy(() -> new InstanceQuery(null, null, null, day, day.minusDays(1), null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.explorer.rangeReversed");
        assertThatThrownBy(() -> new InstanceQuery(null, null, null, day.minusYears(5).minusDays(1), day, null, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.explorer.rangeTooLong");
        assertThatThrownBy(() -> explorer.detail(987_654_321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTimelineTellsEveryStepInOrderWithItsActorAndDuration() {
        Fixtures.signIn(foundation);
        InstanceDetail d = explorer.detail(finished);
        assertThat(d.timeline()).extracting(TimelineEntry::position).isSorted();
        assertThat(d.timeline()).extracting(e -> e.kind() + ":" + e.event() + ":" + e.elementId()).containsExactly(
                "VARIABLE:CREATED:null", "VARIABLE:CREATED:null", "ELEMENT:ELEMENT_ACTIVATED:group-purchase",
                "ELEMENT:ELEMENT_ACTIVATED:PledgeTask", "JOB:CREATED:PledgeTask", "JOB:COMPLETED:PledgeTask",
                "ELEMENT:ELEMENT_COMPLETED:PledgeTask", "ELEMENT:ELEMENT_COMPLETED:group-purchase");
        assertThat(d.timeline().get(1).detail()).isEqualTo("businessKey = \"group-purchase-" + finished + "\"");
        assertThat(d.timeline().get(5).actor()).isEqualTo(f.member());
        assertThat(d.timeline().get(6).durationMs()).isEqualTo(90_000L);
        assertThat(d.timeline().get(7).durationMs()).isEqualTo(100_000L);
        assertThat(d.elements()).containsExactly(new ElementRuns("PledgeTask", 1, 0, 0));
        assertThat(d.flowsTaken()).containsExactly("Flow_ToEnd");
        assertThat(explorer.detail(stuck).timeline()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(TimelineEntry.Kind.INCIDENT);
            assertThat(e.detail()).isEqualTo("JOB_NO_RETRIES: SMS gateway down");
        });
        assertThat(explorer.diagram(finished)).contains("id=\"PledgeTask\"");
    }

    @Test
    void leadersSeeTheirOwnCoopOnlyAndMembersNothing() {
        Fixtures.signIn(f.leader());
        assertThat(keys(InstanceQuery.all())).contains(finished).doesNotContain(stuck);
        assertThat(explorer.detail(finished).summary().key()).isEqualTo(finished);
        assertThatThrownBy(() -> explorer.detail(stuck)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> explorer.search(new InstanceQuery(null, f.otherCoopId(), null, null, null, null, null),
                0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.trail(stuck, AuditExport.Format.CSV)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.segment(1, -1, 10, AuditExport.Format.CSV))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.otherLeader());
        assertThat(explorer.detail(stuck).summary().key()).isEqualTo(stuck);
        assertThatThrownBy(() -> explorer.detail(finished)).isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> explorer.search(InstanceQuery.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> explorer.detail(finished)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void exportedTrailsCarryTheHashesAndAThirdPartyCanCheckThemOffline() throws Exception {
        Fixtures.signIn(foundation);
        String csv = written(export.trail(finished, AuditExport.Format.CSV));
        assertThat(csv.lines().findFirst()).contains(String.join(",", AuditExport.AUDIT_HEADER));
        assertThat(csv.lines().count()).isEqualTo(1 + 11);
        AuditFileCheck.Result ok = AuditFileCheck.check(new StringReader(csv), false);
        assertThat(ok.intact()).isTrue();
        assertThat(ok.rows()).isEqualTo(11);
        assertThat(ok.linked()).as("the instance's rows follow one another in the chain").isEqualTo(10);

        // One changed cell is found and named by its position.
        String changed = csv.replace("\"" + f.member() + "\"", "\"" + f.leader() + "\"");
        AuditFileCheck.Result tampered = AuditFileCheck.check(new StringReader(changed), false);
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.firstBroken().reason()).isEqualTo("audit.broken.content");
        assertThat(tampered.firstBroken().position()).isEqualTo(jdbc.queryForObject("SELECT position FROM audit_record"
                + " WHERE process_instance_key = ? AND completed_by = ?", Long.class, finished, f.member()));

        String segment = written(export.segment(1, firstPosition - 1, 100, AuditExport.Format.JSON));
        AuditFileCheck.Result whole = AuditFileCheck.check(new StringReader(segment), true);
        assertThat(whole.intact()).isTrue();
        assertThat(whole.rows()).isEqualTo(14);
        assertThat(written(export.instances(new InstanceQuery(null, f.coopId(), null, null, null, null, null),
                AuditExport.Format.CSV)).lines()).hasSize(2).last().asString().startsWith(finished + ",\"group-purchase\"");
    }

    @Test
    void anExportAboveTheMaximumIsRefusedWithTheCount() {
        Fixtures.signIn(foundation);
        AuditExport small = new AuditExport(explorer, currentUsers, named, json, 5);
        assertThatThrownBy(() -> small.trail(finished, AuditExport.Format.JSON))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.explorer.tooManyRows");
        assertThatThrownBy(() -> small.segment(1, -1, 6, AuditExport.Format.CSV))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.explorer.limit");
    }

    private List<Long> keys(InstanceQuery query) {
        return explorer.search(query, 0, 100).stream().map(InstanceSummary::key).toList();
    }

    private static String written(AuditExport.ExportFile file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    // --- audit rows as the exporter writes them ---

    private void process(long instance, String intent, Instant at) {
        write(row(instance, "PROCESS_INSTANCE", intent, instance, "group-purchase", "group-purchase", "PROCESS", null, at,
                "{\"version\":1,\"processDefinitionKey\":55,\"parentProcessInstanceKey\":-1}"));
    }

    private void element(long instance, long key, String elementId, String type, String intent, Instant at) {
        write(row(key, "PROCESS_INSTANCE", intent, instance, "group-purchase", elementId, type, null, at, "{}"));
    }

    private void job(long instance, long elementInstance, String intent, String by, Instant at) {
        write(row(elementInstance + 5_000, "JOB", intent, instance, "group-purchase", "PledgeTask", null, by, at,
                "{\"type\":\"purchase-pledge\",\"elementInstanceKey\":" + elementInstance + "}"));
    }

    private void variable(long instance, String name, String literal, Instant at) {
        write(row(instance + name.length(), "VARIABLE", "CREATED", instance, null, null, null, null, at,
                "{\"name\":\"" + name + "\",\"value\":" + json.writeValueAsString(literal) + ",\"scopeKey\":" + instance
                        + ",\"processInstanceKey\":" + instance + "}"));
    }

    private AuditChain.Row row(long key, String valueType, String intent, long instance, String processId,
                               String elementId, String elementType, String completedBy, Instant at, String value) {
        long p = position++;
        return new AuditChain.Row(1, p, key, "EVENT", valueType, intent, at, instance, processId, elementId, elementType,
                completedBy, "{\"partitionId\":1,\"value\":" + value + ",\"key\":" + key + ",\"position\":" + p + "}");
    }

    private void write(AuditChain.Row r) {
        String hash = AuditChain.hash(chain, r);
        jdbc.update("""
                INSERT INTO audit_record (partition_id, position, record_key, record_type, value_type, intent, record_time,
                  process_instance_key, bpmn_process_id, element_id, element_type, completed_by, value_json, exported_at,
                  prev_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                r.partitionId(), r.position(), r.recordKey(), r.recordType(), r.valueType(), r.intent(),
                LocalDateTime.ofInstant(r.recordTime(), ZoneOffset.UTC), r.processInstanceKey(), r.bpmnProcessId(),
                r.elementId(), r.elementType(), r.completedBy(), r.valueJson(), LocalDateTime.now(ZoneOffset.UTC), chain, hash);
        chain = hash;
    }
}
