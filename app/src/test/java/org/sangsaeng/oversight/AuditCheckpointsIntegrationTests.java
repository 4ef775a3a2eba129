package org.sangsaeng.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.TestSystem;
import org.sangsaeng.membership.Role;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The foundation keeps the exporter's signed checkpoints outside the database: a download on the
 * oversight page and API, and a morning e-mail to each officer; both check the database again with
 * {@code verify --checkpoints}.
 */
class AuditCheckpointsIntegrationTests extends BadInputTest {

    private static final Path KEY = TestSystem.IN_MEMORY_AUDIT_KEY;
    // One exporter key for the shared database: its checkpoints stay there for the next test.
    private static final CheckpointSigning EXPORTER = CheckpointSigning.newKey();

    @Autowired DailyCheckpointMail mail;

    String officer;
    long head;

    @BeforeEach
    void givenAnOfficerWithAnEmailAndATrailSignedByTheExporter() throws Exception {
        officer = "fnd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(
                officer, org.sangsaeng.Fixtures.PASSWORD, "상권재단 감사담당", Set.of(Role.FOUNDATION));
        jdbc.update(
                "update app_user set email = ? where username = ?",
                officer + "@foundation.example.kr",
                officer);
        AuditTrailFixture trail = new AuditTrailFixture(jdbc);
        trail.finishedPurchase(f.coopId(), f.member(), Instant.parse("2026-11-30T01:00:00Z"));
        head = trail.firstPosition() + 10;
    }

    @AfterEach
    void removeTheKey() throws Exception {
        Files.deleteIfExists(KEY);
    }

    @Test
    void theFoundationDownloadsTheNewestCheckpointsAndTheyCheckTheDatabase() throws Exception {
        EXPORTER.writePublicKey(KEY);
        EXPORTER.checkpoint(jdbc, head, Instant.parse("2026-11-30T01:05:00Z"));

        HttpResponse<String> download = bad.send("GET", "/api/v1/audit/checkpoints", officer, null);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment")
                .contains("sangsaeng-audit-checkpoints-");
        Path kept =
                Files.writeString(Files.createTempFile("checkpoints", ".json"), download.body());
        CheckpointFile file = CheckpointFile.read(kept);
        assertThat(file.checkpoints())
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.position()).isEqualTo(head);
                            assertThat(c.keyId()).isEqualTo(file.keyId());
                        });
        ChainReport report =
                AuditTrailService.offline(jdbc, CheckpointKey.of(file.publicKey()))
                        .verifyAll(file.checkpoints());
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.signaturesChecked()).isTrue();
    }

    @Test
    void eachOfficerGetsTheCheckpointsByEmailOnceADay() throws Exception {
        EXPORTER.writePublicKey(KEY);
        EXPORTER.checkpoint(jdbc, head, Instant.parse("2026-11-30T01:05:00Z"));

        assertThat(mail.send()).isPositive();
        int again = mail.send();

        List<String> bodies =
                jdbc.queryForList(
                        "select o.body from outbox_message o join app_user u on u.id = o.recipient_id"
                                + " where u.username = ? and o.channel = 'EMAIL'",
                        String.class,
                        officer);
        assertThat(bodies)
                .as("one e-mail, however often the job runs (ran again: %d)", again)
                .singleElement()
                .satisfies(
                        body ->
                                assertThat(body)
                                        .contains("verify --checkpoints")
                                        .contains("\"position\" : " + head));
        Path kept =
                Files.writeString(
                        Files.createTempFile("mailed", ".json"),
                        bodies.getFirst().substring(bodies.getFirst().indexOf('{')),
                        StandardCharsets.UTF_8);
        assertThat(CheckpointFile.read(kept).checkpoints())
                .extracting(AuditCheckpoint::position)
                .contains(head);
    }

    @Test
    void withoutThePublicKeyTheDownloadSaysSoAndMembersMayNotAskForIt() {
        HttpResponse<String> missing = bad.send("GET", "/api/v1/audit/checkpoints", officer, null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("공개 키");
        assertThat(mail.send()).as("nothing to mail").isZero();

        assertThat(bad.send("GET", "/api/v1/audit/checkpoints", f.member(), null).statusCode())
                .isEqualTo(403);
    }
}
