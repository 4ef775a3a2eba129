package org.sangsaeng.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.web.BadInput.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sangsaeng.Fixtures;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The group purchase API refuses what it cannot take, changes nothing then, and keeps hostile text
 * as text.
 */
class PurchaseApiBadInputIntegrationTests extends BadInputTest {

    long supplierId;
    String supplierAccount;
    Supplier<?> purchases;

    @BeforeEach
    void givenACoopAndASupplier() {
        Fixtures.SupplierAccount supplier =
                Fixtures.addSupplier(accounts, coops, "flour", "한맥제분", "밀가루");
        supplierAccount = supplier.username();
        supplierId = supplier.id();
        // What this co-op's purchases hold that a caller could change (the vote's own worker fills
        // in the rest).
        purchases =
                bad.rows(
                        "select p.id, p.title, p.reason, p.stage, l.item, l.unit, l.unit_price, pl.member_id,"
                                + " pl.quantity from purchase p left join purchase_line l on l.purchase_id = p.id"
                                + " left join purchase_pledge pl on pl.line_id = l.id where p.coop_id = ? order by p.id, l.id, pl.id",
                        f.coopId());
    }

    String proposal(String title, String reason, String item, String unit) {
        Instant now = Instant.now();
        return "{\"coopId\":"
                + f.coopId()
                + ",\"supplierId\":"
                + supplierId
                + ",\"title\":"
                + json(title)
                + ",\"reason\":"
                + json(reason)
                + ",\"lines\":[{\"item\":"
                + json(item)
                + ",\"unit\":"
                + json(unit)
                + ",\"unitPrice\":31000,\"packSize\":2}],\"shippingCost\":30000,\"coopFee\":0,\"splitBasis\":\"BY_VALUE\","
                + "\"voteDeadline\":\""
                + now.plus(1, ChronoUnit.DAYS)
                + "\",\"orderDeadline\":\""
                + now.plus(2, ChronoUnit.DAYS)
                + "\",\"supplierMinimum\":0}";
    }

    String proposal() {
        return proposal("밀가루 공동구매", "추석 대목", "밀가루 20kg", "포대");
    }

    @Test
    void garbageIsRefusedOnEveryWriteEndpoint() {
        long id = BadInput.id(bad.ok("POST", "/api/v1/purchases", f.leader(), proposal()));
        bad.refusesGarbage("POST", "/api/v1/purchases", f.leader(), purchases);
        bad.refusesGarbage("PUT", "/api/v1/purchases/" + id + "/pledges", f.member(), purchases);
    }

    static Stream<Arguments> badProposals() {
        return Stream.of(
                Arguments.of("coopId as text", "coopId", "\"첫째\""),
                Arguments.of("unit price as text", "unitPrice", "\"삼만원\""),
                Arguments.of("unit price beyond long", "unitPrice", "1e40"),
                Arguments.of("negative unit price", "unitPrice", "-1"),
                Arguments.of("unit price a fraction", "unitPrice", "0.5"),
                Arguments.of("no pack size", "packSize", "0"),
                Arguments.of("lines as text", "lines", "\"x\""),
                Arguments.of("no lines", "lines", "[]"),
                Arguments.of("a null line", "lines", "[null]"),
                Arguments.of("blank title", "title", "\"   \""),
                Arguments.of("missing title", "title", "null"),
                Arguments.of("title too long", "title", json("가".repeat(201))),
                Arguments.of("reason too long", "reason", json("가".repeat(2001))),
                Arguments.of("unit too long", "unit", json("가".repeat(51))),
                Arguments.of("unknown split basis", "splitBasis", "\"BY_LUCK\""),
                Arguments.of("deadline not a time", "voteDeadline", "\"내일\""),
                Arguments.of("vote deadline past", "voteDeadline", "\"2020-01-01T00:00:00Z\""),
                Arguments.of(
                        "order deadline before the vote's",
                        "orderDeadline",
                        "\"" + Instant.now().plusSeconds(60) + "\""),
                Arguments.of("negative shipping", "shippingCost", "-30000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProposals")
    void badProposalsAreRefusedWithAMessage(String what, String field, String value) {
        bad.refused(
                400,
                "POST",
                "/api/v1/purchases",
                f.leader(),
                BadInput.with(proposal(), field, value),
                purchases);
    }

    @Test
    void aRefusalNamesTheRealMistake() {
        assertThat(
                        bad.refusedPost(
                                400,
                                "/api/v1/purchases",
                                f.leader(),
                                BadInput.with(proposal(), "orderDeadline", "null"),
                                purchases))
                .as("a missing order deadline is not a vote deadline in the past")
                .contains("\"code\":\"error.purchase.orderDeadlineRequired\"");
    }

    @Test
    void strangersUnknownIdsAndOtherCoopsAreRefused() {
        bad.refused(403, "POST", "/api/v1/purchases", f.member(), proposal(), purchases);
        bad.refused(403, "POST", "/api/v1/purchases", f.otherLeader(), proposal(), purchases);
        bad.refused(
                404,
                "POST",
                "/api/v1/purchases",
                f.leader(),
                proposal().replace("\"supplierId\":" + supplierId, "\"supplierId\":987654321"),
                purchases);
        bad.refused(
                403,
                "POST",
                "/api/v1/purchases",
                f.leader(),
                proposal().replace("\"coopId\":" + f.coopId(), "\"coopId\":987654321"),
                purchases);

        long id = BadInput.id(bad.ok("POST", "/api/v1/purchases", f.leader(), proposal()));
        bad.refused(404, "GET", "/api/v1/purchases/987654321", f.member(), null, purchases);
        bad.refused(400, "GET", "/api/v1/purchases/abc", f.member(), null, purchases);
        // A wrong or missing parameter is named, so the caller knows what to fix.
        assertThat(detailOfRefusedGet("/api/v1/purchases?coopId=abc"))
                .contains("'coopId'")
                .contains("형식");
        assertThat(detailOfRefusedGet("/api/v1/purchases")).isEqualTo("필수 값 'coopId'이(가) 빠졌습니다.");
        bad.refused(404, "GET", "/api/v1/purchases/" + id, f.otherLeader(), null, purchases);
        bad.refused(
                403,
                "GET",
                "/api/v1/purchases?coopId=" + f.coopId(),
                f.otherLeader(),
                null,
                purchases);
        bad.refused(
                403,
                "PUT",
                "/api/v1/purchases/" + id + "/pledges",
                f.otherLeader(),
                "{\"lines\":[{\"lineId\":1,\"quantity\":1,\"tolerance\":0}]}",
                purchases);
        bad.refused(
                404,
                "PUT",
                "/api/v1/purchases/987654321/pledges",
                f.member(),
                "{\"lines\":[{\"lineId\":1,\"quantity\":1,\"tolerance\":0}]}",
                purchases);
        bad.refused(405, "DELETE", "/api/v1/purchases/" + id, f.leader(), null, purchases);
    }

    @Test
    void pledgingWhileTheVoteRunsIsRefused() {
        String created = bad.ok("POST", "/api/v1/purchases", f.leader(), proposal());
        long id = BadInput.id(created);
        long lineId = BadInput.tree(created).get("lines").get(0).get("id").asLong();
        bad.refused(
                409,
                "PUT",
                "/api/v1/purchases/" + id + "/pledges",
                f.member(),
                "{\"lines\":[{\"lineId\":" + lineId + ",\"quantity\":1,\"tolerance\":0}]}",
                purchases);
        bad.refused(
                400,
                "PUT",
                "/api/v1/purchases/" + id + "/pledges",
                f.member(),
                "{\"lines\":[null]}",
                purchases);
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlAreKeptAsPlainText(String hostile) {
        noSqlRunBy(
                () -> {
                    String created =
                            bad.ok(
                                    "POST",
                                    "/api/v1/purchases",
                                    f.leader(),
                                    proposal(hostile, hostile, hostile, "포대"));
                    var read =
                            BadInput.tree(
                                    bad.ok(
                                            "GET",
                                            "/api/v1/purchases/" + BadInput.id(created),
                                            f.member(),
                                            null));
                    assertThat(read.get("title").asString()).isEqualTo(hostile);
                    assertThat(read.get("reason").asString()).isEqualTo(hostile);
                    assertThat(read.get("lines").get(0).get("item").asString()).isEqualTo(hostile);
                });
    }

    /** A proposal whose only line is picked from a catalogue: {@code line} is that line's JSON. */
    String catalogueProposal(String line) {
        return proposal()
                .replaceFirst(
                        "\\[\\{\"item\".*?\\}\\]", Matcher.quoteReplacement("[" + line + "]"));
    }

    long catalogueItem(long supplier, String account, String name) {
        return BadInput.id(
                bad.ok(
                        "POST",
                        "/api/v1/suppliers/" + supplier + "/catalogue",
                        account,
                        "{\"name\":"
                                + json(name)
                                + ",\"unit\":\"kg\",\"packSize\":20,\"unitPrice\":1550}"));
    }

    @Test
    void catalogueLinesOfAnotherSupplierWithdrawnUnknownOrRetypedAreRefused() {
        long flour = catalogueItem(supplierId, supplierAccount, "밀가루 20kg");
        Fixtures.SupplierAccount eggDealer =
                Fixtures.addSupplier(accounts, coops, "eggs", "성남계란유통", "계란");
        long eggs = catalogueItem(eggDealer.id(), eggDealer.username(), "계란 30구");
        long yeast = catalogueItem(supplierId, supplierAccount, "천연효모");
        bad.ok(
                "POST",
                "/api/v1/suppliers/" + supplierId + "/catalogue/" + yeast + "/withdraw",
                supplierAccount,
                null);

        String fine =
                bad.ok(
                        "POST",
                        "/api/v1/purchases",
                        f.leader(),
                        catalogueProposal("{\"catalogueItemId\":" + flour + "}"));
        assertThat(BadInput.tree(fine).get("lines").get(0).get("unitPrice").asLong())
                .isEqualTo(1550);

        assertThat(
                        bad.refusedPost(
                                400,
                                "/api/v1/purchases",
                                f.leader(),
                                catalogueProposal("{\"catalogueItemId\":" + eggs + "}"),
                                purchases))
                .as("another supplier's item")
                .contains("error.catalogue.otherSupplier")
                .contains("계란 30구");
        assertThat(
                        bad.refusedPost(
                                400,
                                "/api/v1/purchases",
                                f.leader(),
                                catalogueProposal("{\"catalogueItemId\":" + yeast + "}"),
                                purchases))
                .as("a withdrawn item")
                .contains("error.catalogue.itemWithdrawn")
                .contains("천연효모");
        assertThat(
                        bad.refusedPost(
                                400,
                                "/api/v1/purchases",
                                f.leader(),
                                catalogueProposal("{\"catalogueItemId\":987654321}"),
                                purchases))
                .as("an unknown item")
                .contains("error.catalogue.unknownItem");
        assertThat(
                        bad.refusedPost(
                                400,
                                "/api/v1/purchases",
                                f.leader(),
                                catalogueProposal(
                                        "{\"catalogueItemId\":" + flour + ",\"unitPrice\":1}"),
                                purchases))
                .as("a catalogue line with a price of the leader's own")
                .contains("error.purchase.catalogueLineTyped");
        bad.refused(
                400,
                "POST",
                "/api/v1/purchases",
                f.leader(),
                catalogueProposal("{\"catalogueItemId\":" + flour + ",\"maxPerMember\":0}"),
                purchases);
        bad.refused(
                400,
                "POST",
                "/api/v1/purchases",
                f.leader(),
                catalogueProposal("{\"catalogueItemId\":\"밀가루\"}"),
                purchases);
        // A good line beside a bad one: nothing is written either.
        bad.refused(
                400,
                "POST",
                "/api/v1/purchases",
                f.leader(),
                catalogueProposal(
                        "{\"catalogueItemId\":" + flour + "},{\"catalogueItemId\":" + eggs + "}"),
                purchases);
    }

    /** The detail of the problem a member's GET of {@code path} is refused with (400). */
    private String detailOfRefusedGet(String path) {
        return BadInput.tree(bad.refused(400, "GET", path, f.member(), null, purchases).body())
                .get("detail")
                .asText();
    }
}
