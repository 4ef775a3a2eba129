package org.sangsaeng.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.shared.Csv;
import org.sangsaeng.web.BasicAuth;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The exports an offline check starts with, downloaded over real HTTP by an API client with a
 * bearer token: a streamed body is written on an asynchronous dispatch, and the client must read it
 * to its last line (issue 19, point 8).
 */
class ExportDownloadIntegrationTests extends CoopTest {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(sst_[A-Za-z0-9_-]{43})\"");
    private static final int PURCHASES = 30;
    private static final int ROWS_PER_PURCHASE = 11;

    @Autowired ProcessIndexer indexer;

    final HttpClient http = HttpClient.newHttpClient();
    String foundation;
    long firstPosition;
    List<Long> purchases = new ArrayList<>();

    @BeforeEach
    void givenAFoundationOfficerAndThirtyFinishedPurchases() {
        foundation = Fixtures.addFoundationOfficer(accounts, "fnd");
        AuditTrailFixture trail = new AuditTrailFixture(jdbc);
        firstPosition = trail.firstPosition();
        Instant started = Instant.parse("2019-03-04T01:00:00Z");
        for (int i = 0; i < PURCHASES; i++) {
            purchases.add(
                    trail.finishedPurchase(
                            f.coopId(), f.member(), started.plus(i, ChronoUnit.HOURS)));
        }
        indexer.catchUp();
    }

    @Test
    void aClientWithATokenReadsTheAuditSegmentToItsLastRow() throws Exception {
        String token = token(foundation);
        int rows = PURCHASES * ROWS_PER_PURCHASE;

        Download csv =
                get(
                        "/api/v1/audit/records?partition=1&after="
                                + (firstPosition - 1)
                                + "&limit="
                                + rows,
                        "Bearer " + token);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.broken()).as("the response ends as a whole chunked body").isNull();
        assertThat(csv.body()).endsWith("\n");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(1 + rows);
        List<String> last = Csv.split(lines.getLast());
        assertThat(last)
                .as("the last line has every column")
                .hasSize(AuditExport.AUDIT_HEADER.size());
        assertThat(last.getLast()).as("the last row's hash").matches("[0-9a-f]{64}");
        AuditFileCheck.Result check = AuditFileCheck.check(new StringReader(csv.body()), true);
        assertThat(check.intact()).isTrue();
        assertThat(check.rows()).isEqualTo(rows);

        Download json =
                get(
                        "/api/v1/audit/records?partition=1&after="
                                + (firstPosition - 1)
                                + "&limit="
                                + rows
                                + "&format=JSON",
                        "Bearer " + token);
        assertThat(json.broken()).isNull();
        assertThat(AuditFileCheck.check(new StringReader(json.body()), true).rows())
                .isEqualTo(rows);
    }

    @Test
    void aClientWithATokenReadsTheInstanceExportToItsLastRow() throws Exception {
        Download csv =
                get(
                        "/api/v1/process-instances/export?coopId=" + f.coopId(),
                        "Bearer " + token(foundation));

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.broken()).as("the response ends as a whole chunked body").isNull();
        assertThat(csv.body()).endsWith("\n");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(1 + PURCHASES);
        // Newest first: the last line is the first purchase, with every column.
        assertThat(lines.getLast()).startsWith(purchases.getFirst() + ",\"group-purchase\"");
        assertThat(Csv.split(lines.getLast())).hasSize(Csv.split(lines.getFirst()).size());
    }

    @Test
    void theExportsStayClosedToAnonymousClientsAndTheSegmentToMembers() throws Exception {
        assertThat(get("/api/v1/process-instances/export?coopId=" + f.coopId(), null).status())
                .isEqualTo(401);
        assertThat(get("/api/v1/audit/records?partition=1", null).status()).isEqualTo(401);
        assertThat(
                        get("/api/v1/audit/records?partition=1", "Bearer sst_" + "A".repeat(43))
                                .status())
                .isEqualTo(401);
        Download member = get("/api/v1/audit/records?partition=1", "Bearer " + token(f.member()));
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.body()).doesNotContain("row_hash");
    }

    /** What arrived, and the error that cut the body short if one did. */
    record Download(int status, String body, IOException broken) {}

    private Download get(String path, String authorization) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<InputStream> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        IOException broken = null;
        try (InputStream in = response.body()) {
            in.transferTo(body);
        } catch (IOException e) {
            broken = e;
        }
        return new Download(response.statusCode(), body.toString(StandardCharsets.UTF_8), broken);
    }

    private String token(String user) throws Exception {
        String basic = BasicAuth.of(user);
        HttpResponse<String> issued =
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                "http://localhost:" + port + "/api/v1/auth/tokens"))
                                .header("Authorization", basic)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).isEqualTo(201);
        Matcher m = TOKEN.matcher(issued.body());
        assertThat(m.find()).as(issued.body()).isTrue();
        return m.group(1);
    }
}
