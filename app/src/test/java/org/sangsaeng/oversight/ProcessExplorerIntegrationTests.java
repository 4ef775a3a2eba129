package org.sangsaeng.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The explorer on audit rows written as the exporter writes them (hash-chained), for two instances
 * in two co-ops: the index the projection builds, every search filter, the timeline, who may see
 * what, and the exports checked offline.
 */
class ProcessExplorerIntegrationTests extends CoopTest {

    @Autowired ProcessIndexer indexer;
    @Autowired ProcessExplorer explorer;
    @Autowired AuditExport export;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired CurrentUsers currentUsers;
    @Autowired JsonMapper json;

    String foundation;
    long finished;
    long stuck;
    long firstPosition;
    static int seeds;
    Instant started;

    @BeforeEach
    void seed() {
        foundation = Fixtures.addFoundationOfficer(accounts, "fnd");
        AuditTrailFixture trail = new AuditTrailFixture(jdbc);
        firstPosition = trail.firstPosition();
        // Each test's instances on days of their own, so that date searches find only them.
        started = Instant.parse("2020-01-06T01:00:00Z").plus(10L * seeds++, ChronoUnit.DAYS);
        finished = trail.finishedPurchase(f.coopId(), f.member(), started);
        stuck = trail.stuckCoupon(f.otherCoopId(), started.plus(1, ChronoUnit.DAYS));
        indexer.catchUp();
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

        assertThat(
                        jdbc.queryForMap(
                                "SELECT duration_ms, completed_by, state FROM oversight_step"
                                        + " WHERE element_instance_key = ?",
                                finished + 100))
                .containsEntry("duration_ms", 90_000L)
                .containsEntry("completed_by", f.member())
                .containsEntry("state", "COMPLETED");

        // Applied once: catching up again changes nothing.
        assertThat(indexer.catchUp()).isZero();
        assertThat(explorer.instance(stuck).openIncidents()).isEqualTo(1);
    }

    @Test
    void everySearchFilterNarrowsTheList() {
        Fixtures.signIn(foundation);
        LocalDate day = LocalDate.ofInstant(started, MarketTime.ZONE);
        assertThat(keys(new InstanceQuery(null, f.coopId(), null, null, null, null, null)))
                .containsExactly(finished);
        assertThat(keys(startedThatDay(day, "coupon-approval", null))).containsExactly(stuck);
        assertThat(keys(startedThatDay(day, null, InstanceState.INCIDENT))).containsExactly(stuck);
        assertThat(
                        keys(
                                new InstanceQuery(
                                        null, null, InstanceState.COMPLETED, day, day, null, null)))
                .contains(finished)
                .doesNotContain(stuck);
        assertThat(keys(new InstanceQuery(null, null, null, null, null, f.member(), null)))
                .containsExactly(finished);
        assertThat(
                        keys(
                                new InstanceQuery(
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        "group-purchase-" + finished)))
                .containsExactly(finished);
        assertThat(
                        keys(
                                new InstanceQuery(
                                        null,
                                        f.coopId(),
                                        null,
                                        day.plusDays(1),
                                        day.plusDays(3),
                                        null,
                                        null)))
                .isEmpty();
        assertThat(
                        explorer.count(
                                new InstanceQuery(null, f.coopId(), null, null, null, null, null)))
                .isEqualTo(1);
    }

    @Test
    void badSearchesAreRefusedWithAReason() {
        Fixtures.signIn(foundation);
        LocalDate day = LocalDate.of(2026, 10, 5);
        assertThatThrownBy(
                        () ->
                                new InstanceQuery(
                                        null, null, null, day, day.minusDays(1), null, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error.explorer.rangeReversed");
        assertThatThrownBy(
                        () ->
                                new InstanceQuery(
                                        null,
                                        null,
                                        null,
                                        day.minusYears(5).minusDays(1),
                                        day,
                                        null,
                                        null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error.explorer.rangeTooLong");
        assertThatThrownBy(() -> explorer.detail(987_654_321L))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTimelineTellsEveryStepInOrderWithItsActorAndDuration() {
        Fixtures.signIn(foundation);
        InstanceDetail d = explorer.detail(finished);
        assertThat(d.timeline()).extracting(TimelineEntry::position).isSorted();
        assertThat(d.timeline())
                .extracting(e -> e.kind() + ":" + e.event() + ":" + e.elementId())
                .containsExactly(
                        "VARIABLE:CREATED:null",
                        "VARIABLE:CREATED:null",
                        "ELEMENT:ELEMENT_ACTIVATED:group-purchase",
                        "ELEMENT:ELEMENT_ACTIVATED:PledgeTask",
                        "JOB:CREATED:PledgeTask",
                        "JOB:COMPLETED:PledgeTask",
                        "ELEMENT:ELEMENT_COMPLETED:PledgeTask",
                        "ELEMENT:ELEMENT_COMPLETED:group-purchase");
        assertThat(d.timeline().get(1).detail())
                .isEqualTo("businessKey = \"group-purchase-" + finished + "\"");
        assertThat(d.timeline().get(5).actor()).isEqualTo(f.member());
        assertThat(d.timeline().get(6).durationMs()).isEqualTo(90_000L);
        assertThat(d.timeline().get(7).durationMs()).isEqualTo(100_000L);
        assertThat(d.elements()).containsExactly(new ElementRuns("PledgeTask", 1, 0, 0));
        assertThat(d.flowsTaken()).containsExactly("Flow_ToEnd");
        assertThat(explorer.detail(stuck).timeline())
                .anySatisfy(
                        e -> {
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
        assertThatThrownBy(
                        () ->
                                explorer.search(
                                        new InstanceQuery(
                                                null,
                                                f.otherCoopId(),
                                                null,
                                                null,
                                                null,
                                                null,
                                                null),
                                        0,
                                        10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.trail(stuck, AuditExport.Format.CSV))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> export.segment(1, -1, 10, AuditExport.Format.CSV))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.otherLeader());
        assertThat(explorer.detail(stuck).summary().key()).isEqualTo(stuck);
        assertThatThrownBy(() -> explorer.detail(finished))
                .isInstanceOf(AccessDeniedException.class);

        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> explorer.search(InstanceQuery.all(), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> explorer.detail(finished))
                .isInstanceOf(AccessDeniedException.class);
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
        assertThat(ok.linked())
                .as("the instance's rows follow one another in the chain")
                .isEqualTo(10);

        // One changed cell is found and named by its position.
        String changed = csv.replace("\"" + f.member() + "\"", "\"" + f.leader() + "\"");
        AuditFileCheck.Result tampered = AuditFileCheck.check(new StringReader(changed), false);
        assertThat(tampered.intact()).isFalse();
        assertThat(tampered.firstBroken().reason()).isEqualTo("audit.broken.content");
        assertThat(tampered.firstBroken().position())
                .isEqualTo(
                        jdbc.queryForObject(
                                "SELECT position FROM audit_record"
                                        + " WHERE process_instance_key = ? AND completed_by = ?",
                                Long.class,
                                finished,
                                f.member()));

        String segment =
                written(export.segment(1, firstPosition - 1, 100, AuditExport.Format.JSON));
        AuditFileCheck.Result whole = AuditFileCheck.check(new StringReader(segment), true);
        assertThat(whole.intact()).isTrue();
        assertThat(whole.rows()).isEqualTo(14);
        assertThat(
                        written(
                                        export.instances(
                                                new InstanceQuery(
                                                        null,
                                                        f.coopId(),
                                                        null,
                                                        null,
                                                        null,
                                                        null,
                                                        null),
                                                AuditExport.Format.CSV))
                                .lines())
                .hasSize(2)
                .last()
                .asString()
                .startsWith(finished + ",\"group-purchase\"");
    }

    @Test
    void anExportAboveTheMaximumIsRefusedWithTheCount() {
        Fixtures.signIn(foundation);
        AuditExport small = new AuditExport(explorer, currentUsers, named, json, 5);
        assertThatThrownBy(() -> small.trail(finished, AuditExport.Format.JSON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error.explorer.tooManyRows");
        assertThatThrownBy(() -> small.segment(1, -1, 6, AuditExport.Format.CSV))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error.explorer.limit");
    }

    @Test
    void theApiAnswersBadRequestsWithAClearStatusAndMessage() throws Exception {
        assertThat(
                        get(
                                        "/api/v1/process-instances?businessKey=group-purchase-"
                                                + finished,
                                        foundation)
                                .body())
                .contains("\"total\":1")
                .contains("\"key\":" + finished);
        HttpResponse<String> reversed =
                get("/api/v1/process-instances?from=2026-11-05&to=2026-11-01", foundation);
        assertThat(reversed.statusCode()).isEqualTo(400);
        assertThat(reversed.body()).contains("시작일이 종료일보다 늦습니다");
        assertThat(get("/api/v1/process-instances?state=BOGUS", foundation).statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/process-instances/987654321", foundation).statusCode())
                .isEqualTo(404);
        assertThat(get("/api/v1/process-instances/" + finished, f.otherLeader()).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/process-instances", f.member()).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/audit/records?partition=1&limit=1000000", foundation).statusCode())
                .isEqualTo(400);
        HttpResponse<String> trail =
                get("/api/v1/process-instances/" + finished + "/trail?format=JSON", f.leader());
        assertThat(trail.statusCode()).isEqualTo(200);
        assertThat(trail.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        v ->
                                assertThat(v)
                                        .contains("attachment")
                                        .contains("group-purchase-" + finished + "-trail.json"));
        assertThat(AuditFileCheck.check(new StringReader(trail.body()), false).intact()).isTrue();
        assertThat(get("/api/v1/process-instances/" + finished + "/diagram", f.leader()).body())
                .contains("PledgeTask");
    }

    private HttpResponse<String> get(String path, String user) {
        return LocalHttp.get(port, path, BasicAuth.of(user));
    }

    private List<Long> keys(InstanceQuery query) {
        return explorer.search(query, 0, 100).stream().map(InstanceSummary::key).toList();
    }

    private static String written(AuditExport.ExportFile file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        file.body().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Instances started on {@code day} (to the next day), of one process or state when named. */
    private static InstanceQuery startedThatDay(
            LocalDate day, String processId, InstanceState state) {
        return new InstanceQuery(processId, null, state, day, day.plusDays(1), null, null);
    }
}
