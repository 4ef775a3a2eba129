package org.sangsaeng.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The foundation reads who changed what in administration: a change's record commits with the
 * change and vanishes with its rollback, an account's personal data is never copied into the
 * record, the list filters and pages on the server, and only the foundation and admins may read it.
 */
class AdminChangeLogIntegrationTests extends BadInputTest {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    String foundation;
    long subjectId;

    @BeforeEach
    void givenAFoundationOfficer() {
        foundation = Fixtures.addFoundationOfficer(accounts, "fd");
        subjectId = System.nanoTime();
    }

    @Test
    void aChangeIsRecordedWithItsTransactionAndARolledBackOneLeavesNoRecord() {
        transactions.executeWithoutResult(
                tx ->
                        events.publishEvent(
                                addressChange("2026-12-04T01:00:00Z", "수정로 1", "수정로 171")));
        assertThatThrownBy(
                        () ->
                                transactions.executeWithoutResult(
                                        tx -> {
                                            events.publishEvent(
                                                    addressChange(
                                                            "2026-12-04T02:00:00Z",
                                                            "수정로 171",
                                                            "없는 길"));
                                            throw new IllegalStateException(
                                                    "the change failed after its event");
                                        }))
                .hasMessageContaining("failed");

        JsonNode page =
                BadInput.tree(
                        bad.ok(
                                "GET",
                                "/api/v1/admin/changes?subject=MARKET&subjectId=" + subjectId,
                                foundation,
                                null));
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode record = page.get("items").get(0);
        assertThat(record.get("actor").asString()).isEqualTo(foundation);
        assertThat(record.get("action").asString()).isEqualTo("CHANGED");
        assertThat(record.get("before").get("address").asString()).isEqualTo("수정로 1");
        assertThat(record.get("after").get("address").asString()).isEqualTo("수정로 171");
    }

    @Test
    void anAccountsNameAndPhoneAreNotKeptButTheRestOfTheChangeIs() {
        transactions.executeWithoutResult(
                tx ->
                        events.publishEvent(
                                new AdministrativeChange(
                                        Subject.ACCOUNT,
                                        subjectId,
                                        Action.CREATED,
                                        foundation,
                                        Instant.now(),
                                        Map.of(),
                                        Map.of(
                                                "displayName",
                                                "김민지",
                                                "phone",
                                                "010-1234-5678",
                                                "roles",
                                                "SUPPLIER"))));

        JsonNode after =
                BadInput.tree(
                                bad.ok(
                                        "GET",
                                        "/api/v1/admin/changes?subject=ACCOUNT&subjectId="
                                                + subjectId,
                                        foundation,
                                        null))
                        .get("items")
                        .get(0)
                        .get("after");
        assertThat(after.get("displayName").asString()).isEqualTo(AdminChangeLog.PERSONAL);
        assertThat(after.get("phone").asString()).isEqualTo(AdminChangeLog.PERSONAL);
        assertThat(after.get("roles").asString()).isEqualTo("SUPPLIER");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from admin_change where after_json like '%김민지%'"
                                        + " or after_json like '%1234%'",
                                Long.class))
                .isZero();
    }

    @Test
    void theListPagesNewestFirstAndFiltersByActorAndDay() {
        String other = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        transactions.executeWithoutResult(
                tx -> {
                    for (int i = 0; i < 5; i++) {
                        events.publishEvent(
                                new AdministrativeChange(
                                        Subject.COOP,
                                        subjectId,
                                        Action.CHANGED,
                                        foundation,
                                        Instant.parse("2026-11-0%dT03:00:00Z".formatted(i + 1)),
                                        Map.of("name", "이름 " + i),
                                        Map.of("name", "이름 " + (i + 1))));
                    }
                    events.publishEvent(
                            new AdministrativeChange(
                                    Subject.COOP,
                                    subjectId,
                                    Action.CHANGED,
                                    other,
                                    Instant.parse("2026-11-10T03:00:00Z"),
                                    Map.of(),
                                    Map.of("name", "다른 사람")));
                });
        String mine =
                "/api/v1/admin/changes?subject=COOP&subjectId="
                        + subjectId
                        + "&actor="
                        + foundation;

        JsonNode second = BadInput.tree(bad.ok("GET", mine + "&page=1&size=2", foundation, null));
        assertThat(second.get("total").asLong()).isEqualTo(5);
        assertThat(second.get("items")).hasSize(2);
        assertThat(second.get("items").get(0).get("after").get("name").asString())
                .as("newest first")
                .isEqualTo("이름 3");
        // Days are market days in Seoul: 2026-11-03 03:00 UTC is the 3rd in Seoul, both ends
        // included.
        JsonNode days =
                BadInput.tree(
                        bad.ok("GET", mine + "&from=2026-11-02&to=2026-11-03", foundation, null));
        assertThat(days.get("total").asLong()).isEqualTo(2);
        JsonNode everyone =
                BadInput.tree(
                        bad.ok(
                                "GET",
                                "/api/v1/admin/changes?subject=COOP&subjectId=" + subjectId,
                                foundation,
                                null));
        assertThat(everyone.get("total").asLong()).isEqualTo(6);
    }

    @Test
    void onlyTheFoundationAndAdminsReadTheLogAndBadQueriesAreRefused() {
        Supplier<?> log = bad.tables("admin_change");
        bad.refused(403, "GET", "/api/v1/admin/changes", f.leader(), null, log);
        bad.refused(403, "GET", "/api/v1/admin/changes", f.member(), null, log);
        bad.refused(400, "GET", "/api/v1/admin/changes?size=0", foundation, null, log);
        bad.refused(400, "GET", "/api/v1/admin/changes?size=201", foundation, null, log);
        bad.refused(400, "GET", "/api/v1/admin/changes?page=-1", foundation, null, log);
        bad.refused(400, "GET", "/api/v1/admin/changes?subject=PLANET", foundation, null, log);
        bad.refused(
                400,
                "GET",
                "/api/v1/admin/changes?from=2026-12-04&to=2026-12-01",
                foundation,
                null,
                log);
        bad.refused(400, "GET", "/api/v1/admin/changes?from=yesterday", foundation, null, log);
    }

    /** The foundation moving the market of {@link #subjectId} from one address to another. */
    private AdministrativeChange addressChange(String at, String before, String after) {
        return new AdministrativeChange(
                Subject.MARKET,
                subjectId,
                Action.CHANGED,
                foundation,
                Instant.parse(at),
                Map.of("address", before),
                Map.of("address", after));
    }
}
