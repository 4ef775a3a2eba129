package org.sangsaeng.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.web.BadInput.json;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.MarketTime;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * A flour mill keeps its catalogue through the REST API: items, a price history that only grows
 * forward, withdrawal instead of deletion; a leader proposes a purchase from it and keeps the price
 * of the day; everyone else is refused and nothing changes.
 */
@RecordApplicationEvents
class CatalogueIntegrationTests extends BadInputTest {

    @Autowired CatalogueService catalogue;
    @Autowired ApplicationEvents events;

    String mill;
    long millId;
    String dairy;
    long dairyId;
    String officer;
    LocalDate today;
    Supplier<?> catalogues;

    @BeforeEach
    void givenTwoSuppliersAndAnOfficer() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        Fixtures.SupplierAccount flourMill =
                Fixtures.addSupplier(accounts, coops, "mill", "한맥제분", "밀가루");
        mill = flourMill.username();
        millId = flourMill.id();
        Fixtures.SupplierAccount eggDealer =
                Fixtures.addSupplier(accounts, coops, "eggs", "성남계란유통", "계란");
        dairy = eggDealer.username();
        dairyId = eggDealer.id();
        officer = "officer-" + s;
        accounts.createAccount(officer, Fixtures.PASSWORD, "정재단", Set.of(Role.FOUNDATION));
        today = LocalDate.now(MarketTime.ZONE);
        catalogues =
                bad.rows(
                        "select i.id, i.supplier_id, i.name, i.unit, i.pack_size, i.withdrawn_at, p.id as price,"
                                + " p.unit_price, p.valid_from from catalogue_item i left join catalogue_price p on p.item_id = i.id"
                                + " where i.supplier_id in (?, ?) order by i.id, p.id",
                        millId,
                        dairyId);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    String item(String name, String unit, long packSize, long unitPrice, LocalDate validFrom) {
        return "{\"name\":"
                + json(name)
                + ",\"unit\":"
                + json(unit)
                + ",\"packSize\":"
                + packSize
                + ",\"unitPrice\":"
                + unitPrice
                + (validFrom == null ? "" : ",\"validFrom\":\"" + validFrom + "\"")
                + "}";
    }

    String flour() {
        return item("밀가루 20kg (강력분)", "kg", 20, 1_550, today.minusDays(10));
    }

    static String price(long unitPrice, LocalDate validFrom) {
        return "{\"unitPrice\":" + unitPrice + ",\"validFrom\":\"" + validFrom + "\"}";
    }

    String path(long supplierId) {
        return "/api/v1/suppliers/" + supplierId + "/catalogue";
    }

    long addFlour() {
        return BadInput.id(bad.ok("POST", path(millId), mill, flour()));
    }

    @Test
    void aSupplierKeepsItsCatalogueAndEveryPriceItEverHad() {
        long flour = addFlour();
        bad.ok(
                "PUT",
                path(millId) + "/" + flour,
                mill,
                "{\"name\":\"밀가루 20kg 포대 (강력분)\",\"unit\":\"kg\",\"packSize\":20}");
        bad.ok("POST", path(millId) + "/" + flour + "/prices", mill, price(1_600, today));
        JsonNode changed =
                BadInput.tree(
                        bad.ok(
                                "POST",
                                path(millId) + "/" + flour + "/prices",
                                mill,
                                price(1_700, today.plusDays(7))));
        assertThat(changed.get("unitPrice").asLong())
                .as("today's price until next week")
                .isEqualTo(1_600);
        assertThat(changed.get("nextUnitPrice").asLong()).isEqualTo(1_700);
        assertThat(changed.get("nextValidFrom").asString()).isEqualTo(today.plusDays(7).toString());

        // Leaders read it: every price in order, the name as changed.
        JsonNode read = BadInput.tree(bad.ok("GET", path(millId), f.leader(), null));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).get("name").asString()).isEqualTo("밀가루 20kg 포대 (강력분)");
        assertThat(read.get(0).get("packSize").asLong()).isEqualTo(20);
        JsonNode history =
                BadInput.tree(
                        bad.ok("GET", path(millId) + "/" + flour + "/prices", f.member(), null));
        assertThat(history.valueStream().map(p -> p.get("unitPrice").asLong()))
                .containsExactly(1_550L, 1_600L, 1_700L);
        assertThat(history.get(0).get("validFrom").asString())
                .isEqualTo(today.minusDays(10).toString());
        assertThat(history.get(0).get("setBy").asString()).isEqualTo(mill);

        // Withdrawn, not deleted: still listed with its history, no longer changeable.
        JsonNode withdrawn =
                BadInput.tree(bad.ok("POST", path(millId) + "/" + flour + "/withdraw", mill, null));
        assertThat(withdrawn.get("withdrawn").asBoolean()).isTrue();
        assertThat(
                        BadInput.tree(bad.ok("GET", path(millId), f.member(), null))
                                .get(0)
                                .get("withdrawn")
                                .asBoolean())
                .isTrue();
        assertThat(
                        BadInput.tree(
                                bad.ok(
                                        "GET",
                                        path(millId) + "/" + flour + "/prices",
                                        f.member(),
                                        null)))
                .hasSize(3);
        refused(
                409,
                "POST",
                path(millId) + "/" + flour + "/prices",
                price(1_800, today.plusDays(8)));
        refused(409, "POST", path(millId) + "/" + flour + "/withdraw", null);
    }

    @Test
    void aProposalKeepsThePriceOfItsDayWhenThePriceChangesLater() {
        long flour = addFlour();
        bad.ok("POST", path(millId) + "/" + flour + "/prices", mill, price(1_600, today));
        String created = bad.ok("POST", "/api/v1/purchases", f.leader(), proposal(millId, flour));
        JsonNode line = BadInput.tree(created).get("lines").get(0);
        assertThat(line.get("item").asString()).isEqualTo("밀가루 20kg (강력분)");
        assertThat(line.get("unit").asString()).isEqualTo("kg");
        assertThat(line.get("packSize").asLong()).isEqualTo(20);
        assertThat(line.get("unitPrice").asLong()).isEqualTo(1_600);
        assertThat(line.get("catalogueItemId").asLong()).isEqualTo(flour);

        bad.ok("POST", path(millId) + "/" + flour + "/prices", mill, price(1_900, today));
        bad.ok(
                "PUT",
                path(millId) + "/" + flour,
                mill,
                "{\"name\":\"밀가루 (새 이름)\",\"unit\":\"kg\",\"packSize\":25}");

        JsonNode again =
                BadInput.tree(
                                bad.ok(
                                        "GET",
                                        "/api/v1/purchases/" + BadInput.id(created),
                                        f.member(),
                                        null))
                        .get("lines")
                        .get(0);
        assertThat(again.get("unitPrice").asLong())
                .as("the proposal's price is pinned")
                .isEqualTo(1_600);
        assertThat(again.get("item").asString()).isEqualTo("밀가루 20kg (강력분)");
        assertThat(again.get("packSize").asLong()).isEqualTo(20);
        JsonNode later =
                BadInput.tree(
                                bad.ok(
                                        "POST",
                                        "/api/v1/purchases",
                                        f.leader(),
                                        proposal(millId, flour)))
                        .get("lines")
                        .get(0);
        assertThat(later.get("unitPrice").asLong())
                .as("a new proposal takes today's price")
                .isEqualTo(1_900);
        assertThat(later.get("packSize").asLong()).isEqualTo(25);
    }

    String proposal(long supplierId, long itemId) {
        Instant now = Instant.now();
        return "{\"coopId\":"
                + f.coopId()
                + ",\"supplierId\":"
                + supplierId
                + ",\"title\":\"추석 밀가루\",\"reason\":\"\","
                + "\"lines\":[{\"catalogueItemId\":"
                + itemId
                + ",\"maxPerMember\":100}],\"shippingCost\":0,\"coopFee\":0,"
                + "\"splitBasis\":\"BY_VALUE\",\"voteDeadline\":\""
                + now.plus(1, ChronoUnit.DAYS)
                + "\",\"orderDeadline\":\""
                + now.plus(2, ChronoUnit.DAYS)
                + "\",\"supplierMinimum\":0}";
    }

    @Test
    void onlyTheSupplierAndTheFoundationChangeACatalogueAndEveryoneSignedInReadsIt() {
        long flour = addFlour();
        for (String stranger : new String[] {dairy, f.member(), f.leader()}) {
            String code =
                    stranger.equals(dairy)
                            ? "error.catalogue.otherSuppliers"
                            : "error.catalogue.editors";
            assertThat(bad.refusedPost(403, path(millId), stranger, flour(), catalogues))
                    .contains(code);
            bad.refused(
                    403,
                    "PUT",
                    path(millId) + "/" + flour,
                    stranger,
                    "{\"name\":\"가짜\",\"unit\":\"kg\",\"packSize\":1}",
                    catalogues);
            bad.refused(
                    403,
                    "POST",
                    path(millId) + "/" + flour + "/prices",
                    stranger,
                    price(1, today),
                    catalogues);
            bad.refused(
                    403,
                    "POST",
                    path(millId) + "/" + flour + "/withdraw",
                    stranger,
                    null,
                    catalogues);
        }
        // The egg dealer cannot reach the mill's item through its own catalogue either.
        bad.refused(
                404,
                "POST",
                path(dairyId) + "/" + flour + "/prices",
                dairy,
                price(1, today),
                catalogues);
        bad.refused(401, "GET", path(millId), null, null, catalogues);
        bad.refused(404, "GET", path(987654321), f.member(), null, catalogues);
        bad.ok("GET", path(millId), dairy, null);

        // The foundation on the mill's behalf: allowed, and told to oversight as an administrative
        // change.
        bad.ok("POST", path(millId) + "/" + flour + "/prices", officer, price(1_650, today));
        Fixtures.signIn(officer);
        CatalogueItem eggs =
                catalogue.add(dairyId, new CatalogueItemForm("계란 특란", "알", 30, 200, null));
        catalogue.withdraw(dairyId, eggs.id());
        assertThat(events.stream(AdministrativeChange.class))
                .extracting(
                        AdministrativeChange::subject,
                        AdministrativeChange::subjectId,
                        AdministrativeChange::action,
                        AdministrativeChange::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                AdministrativeChange.Subject.CATALOGUE_ITEM,
                                eggs.id(),
                                AdministrativeChange.Action.CREATED,
                                officer),
                        org.assertj.core.groups.Tuple.tuple(
                                AdministrativeChange.Subject.CATALOGUE_ITEM,
                                eggs.id(),
                                AdministrativeChange.Action.DEACTIVATED,
                                officer));
        assertThat(events.stream(AdministrativeChange.class).findFirst().orElseThrow().after())
                .containsEntry("name", "계란 특란")
                .containsEntry("unitPrice", "200");
        // The supplier's own changes are its own business, not an administrative change.
        Fixtures.signIn(mill);
        catalogue.changePrice(millId, flour, new PriceChange(1_700, today));
        assertThat(events.stream(AdministrativeChange.class)).hasSize(2);
    }

    static Stream<Arguments> badItems() {
        return Stream.of(
                Arguments.of("blank name", "name", "\"  \"", "error.catalogue.name"),
                Arguments.of("missing name", "name", "null", "error.catalogue.name"),
                Arguments.of(
                        "name too long", "name", json("가".repeat(201)), "error.catalogue.name"),
                Arguments.of("blank unit", "unit", "\"\"", "error.catalogue.unit"),
                Arguments.of("no pack size", "packSize", "0", "error.catalogue.packSize"),
                Arguments.of("negative pack size", "packSize", "-20", "error.catalogue.packSize"),
                Arguments.of("no price", "unitPrice", "0", "error.catalogue.price"),
                Arguments.of("negative price", "unitPrice", "-1550", "error.catalogue.price"),
                Arguments.of(
                        "price beyond a trillion",
                        "unitPrice",
                        "1000000000001",
                        "error.money.tooLarge"),
                Arguments.of("price as text", "unitPrice", "\"천오백원\"", "error.request"),
                Arguments.of("date not a date", "validFrom", "\"내일\"", "error.request"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badItems")
    void badItemsAreRefusedNamingTheMistake(String what, String field, String value, String code) {
        assertThat(refusedBody(400, "POST", path(millId), BadInput.with(flour(), field, value)))
                .contains("\"code\":\"" + code);
    }

    @Test
    void badChangesAreRefusedNamingTheMistake() {
        long flour = addFlour();
        bad.ok(
                "POST",
                path(millId) + "/" + flour + "/prices",
                mill,
                price(1_600, today.plusDays(3)));
        String prices = path(millId) + "/" + flour + "/prices";
        assertThat(refusedBody(400, "POST", prices, price(1_500, today.plusDays(2))))
                .as("a price may not slip in before the newest one")
                .contains("error.catalogue.validFromBeforeNewest")
                .contains(today.plusDays(3).toString());
        assertThat(refusedBody(400, "POST", prices, price(0, today.plusDays(4))))
                .contains("error.catalogue.price");
        assertThat(refusedBody(400, "POST", prices, price(-5, today.plusDays(4))))
                .contains("error.catalogue.price");
        assertThat(
                        refusedBody(
                                400,
                                "PUT",
                                path(millId) + "/" + flour,
                                "{\"name\":\" \",\"unit\":\"kg\",\"packSize\":20}"))
                .contains("error.catalogue.name");
        assertThat(
                        refusedBody(
                                400,
                                "PUT",
                                path(millId) + "/" + flour,
                                "{\"name\":\"밀가루\",\"unit\":\"kg\",\"packSize\":0}"))
                .contains("error.catalogue.packSize");
        for (String unknown :
                new String[] {"/987654321", "/987654321/prices", "/987654321/withdraw"}) {
            String method = unknown.endsWith("1") ? "PUT" : "POST";
            String body =
                    unknown.endsWith("prices")
                            ? price(1_600, today.plusDays(5))
                            : "{\"name\":\"밀가루\",\"unit\":\"kg\",\"packSize\":20}";
            assertThat(
                            bad.refused(404, method, path(millId) + unknown, mill, body, catalogues)
                                    .body())
                    .contains("error.catalogue.itemNotFound");
        }
        refused(404, "GET", path(millId) + "/987654321/prices", null);
        bad.refusesGarbage("POST", path(millId), mill, catalogues);
        bad.refusesGarbage("POST", prices, mill, catalogues);
    }

    @Test
    void aSupplierSeesItsOwnOrdersOnly() {
        assertThat(BadInput.tree(bad.ok("GET", "/api/v1/suppliers/me/orders", mill, null)))
                .isEmpty();
        assertThat(
                        bad.refused(
                                        403,
                                        "GET",
                                        "/api/v1/suppliers/me/orders",
                                        f.member(),
                                        null,
                                        catalogues)
                                .body())
                .contains("error.supplier.notSupplier");
    }

    @Test
    void theCatalogueApiIsDocumented() {
        assertThat(bad.ok("GET", "/v3/api-docs", null, null))
                .contains(
                        "/api/v1/suppliers/{supplierId}/catalogue",
                        "/api/v1/suppliers/{supplierId}/catalogue/{itemId}",
                        "/api/v1/suppliers/{supplierId}/catalogue/{itemId}/prices",
                        "/api/v1/suppliers/{supplierId}/catalogue/{itemId}/withdraw",
                        "/api/v1/suppliers/me/orders",
                        "catalogueItemId");
    }

    /**
     * The mill's request that must be refused with {@code status} and leave the catalogue alone.
     */
    private HttpResponse<String> refused(int status, String method, String path, String body) {
        return bad.refused(status, method, path, mill, body, catalogues);
    }

    private String refusedBody(int status, String method, String path, String body) {
        return refused(status, method, path, body).body();
    }
}
