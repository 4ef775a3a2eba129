package org.sangsaeng.coop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sangsaeng.web.BadInput.json;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
import org.sangsaeng.membership.CurrentUsers;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.AdministrativeChange.Subject;
import org.sangsaeng.shared.BusinessNumber;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/**
 * Foundation officers and admins keep markets, co-ops and suppliers from an empty start: create,
 * change, search page by page; every change is told as an AdministrativeChange; bad input and
 * anyone else are refused with a message and nothing written.
 */
@RecordApplicationEvents
class AdministrationIntegrationTests extends BadInputTest {

    @Autowired MarketAdministration marketAdministration;
    @Autowired CoopAdministration coopAdministration;
    @Autowired SupplierAdministration supplierAdministration;
    @Autowired CurrentUsers currentUsers;
    @Autowired ApplicationEvents events;

    String s;
    String admin;
    String officer;
    String supplierUser;
    String otherSupplierUser;
    Supplier<?> tables;

    @BeforeEach
    void givenAnAdminAnOfficerAndSupplierAccounts() {
        s = UUID.randomUUID().toString().substring(0, 8);
        admin = "admin-" + s;
        officer = "officer-" + s;
        supplierUser = "flour-" + s;
        otherSupplierUser = "eggs-" + s;
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));
        accounts.createAccount(officer, Fixtures.PASSWORD, "정재단", Set.of(Role.FOUNDATION));
        accounts.createAccount(supplierUser, Fixtures.PASSWORD, "한맥제분", Set.of(Role.SUPPLIER));
        accounts.createAccount(otherSupplierUser, Fixtures.PASSWORD, "성남계란", Set.of(Role.SUPPLIER));
        tables = bad.tables("market", "coop", "supplier");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    String market(String name) {
        return "{\"name\":"
                + json(name)
                + ",\"district\":\"성남시 중원구\",\"address\":\"경기도 성남시 중원구 광명로 1\"}";
    }

    String supplier(String name, String businessNumber) {
        return "{\"name\":"
                + json(name)
                + ",\"businessNumber\":"
                + json(businessNumber)
                + ",\"contactPerson\":\"한정미\",\"contactPhone\":\"031-712-3456\",\"email\":\"order@hanmaek.example.kr\""
                + ",\"goods\":\"밀가루 20kg 포대\"}";
    }

    /**
     * A valid business number not yet taken: nine random digits completed with their check digit.
     */
    static String newBusinessNumber() {
        String nine =
                String.format(
                        "%09d",
                        Math.floorMod(UUID.randomUUID().getMostSignificantBits(), 1_000_000_000L));
        return BusinessNumber.completing(nine).value();
    }

    @Test
    void anOfficerCreatesAndChangesAMarketACoopInItAndASupplier() {
        JsonNode market =
                BadInput.tree(
                        bad.ok("POST", "/api/v1/admin/markets", officer, market("모란시장-" + s)));
        long marketId = market.get("id").asLong();
        assertThat(market.get("address").asString()).isEqualTo("경기도 성남시 중원구 광명로 1");

        JsonNode changed =
                BadInput.tree(
                        bad.ok(
                                "PUT",
                                "/api/v1/admin/markets/" + marketId,
                                admin,
                                "{\"name\":\"모란 전통시장-"
                                        + s
                                        + "\",\"district\":\"성남시 중원구\",\"address\":\" 경기도 성남시 중원구 둔촌대로 68 \"}"));
        assertThat(changed.get("name").asString()).isEqualTo("모란 전통시장-" + s);
        assertThat(changed.get("address").asString()).isEqualTo("경기도 성남시 중원구 둔촌대로 68");

        JsonNode coop =
                BadInput.tree(
                        bad.ok(
                                "POST",
                                "/api/v1/admin/coops",
                                officer,
                                "{\"marketId\":"
                                        + marketId
                                        + ",\"name\":\"모란 상인회-"
                                        + s
                                        + "\",\"description\":\"모란시장 상인들\"}"));
        long coopId = coop.get("id").asLong();
        assertThat(coop.get("marketName").asString()).isEqualTo("모란 전통시장-" + s);
        bad.ok(
                "PUT",
                "/api/v1/admin/coops/" + coopId,
                officer,
                "{\"name\":\"모란 상인협동조합-" + s + "\",\"description\":\"공동구매와 정보 나눔\"}");
        // Everyone's list of co-ops shows it, with its market.
        assertThat(bad.ok("GET", "/api/v1/coops", f.member(), null))
                .contains("모란 상인협동조합-" + s)
                .contains("모란 전통시장-" + s);

        String number = newBusinessNumber();
        JsonNode supplier =
                BadInput.tree(
                        bad.ok(
                                "POST",
                                "/api/v1/admin/suppliers",
                                officer,
                                supplier("한맥제분-" + s, number.replace("-", ""))));
        long supplierId = supplier.get("id").asLong();
        assertThat(supplier.get("businessNumber").asString()).isEqualTo(number);
        assertThat(supplier.get("account").isNull()).isTrue();
        JsonNode linked =
                BadInput.tree(
                        bad.ok(
                                "PUT",
                                "/api/v1/admin/suppliers/" + supplierId + "/account",
                                admin,
                                account(supplierUser)));
        assertThat(linked.get("account").asString()).isEqualTo(supplierUser);
        assertThat(currentUsers.byUsername(supplierUser).supplierId()).isEqualTo(supplierId);
        JsonNode changedSupplier =
                BadInput.tree(
                        bad.ok(
                                "PUT",
                                "/api/v1/admin/suppliers/" + supplierId,
                                officer,
                                BadInput.with(
                                        supplier("한맥제분-" + s, number),
                                        "contactPhone",
                                        "\"01098765432\"")));
        assertThat(changedSupplier.get("contactPhone").asString()).isEqualTo("010-9876-5432");
        assertThat(changedSupplier.get("account").asString()).isEqualTo(supplierUser);

        assertThat(
                        jdbc.queryForMap(
                                "select name, district, address from market where id = ?",
                                marketId))
                .containsEntry("address", "경기도 성남시 중원구 둔촌대로 68");
        assertThat(
                        jdbc.queryForObject(
                                "select business_number from supplier where id = ?",
                                String.class,
                                supplierId))
                .isEqualTo(number);
    }

    @Test
    void listsAreSearchedAndPagedOnTheServer() {
        for (String name : List.of("가", "나", "다")) {
            bad.ok("POST", "/api/v1/admin/markets", officer, market(name + "시장-" + s));
        }
        JsonNode first = read("/api/v1/admin/markets?q=" + s + "&page=0&size=2", officer);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(names(first)).containsExactly("가시장-" + s, "나시장-" + s);
        JsonNode second = read("/api/v1/admin/markets?q=" + s + "&page=1&size=2", officer);
        assertThat(names(second)).containsExactly("다시장-" + s);

        long market = BadInput.id(bad.ok("GET", "/api/v1/admin/markets?q=나시장-" + s, officer, null));
        bad.ok("POST", "/api/v1/admin/coops", admin, coop(market, "나조합-" + s));
        bad.ok("POST", "/api/v1/admin/coops", admin, coop(market, "나상인회-" + s));
        assertThat(namesAt("/api/v1/admin/coops?marketId=" + market))
                .containsExactly("나상인회-" + s, "나조합-" + s);
        assertThat(namesAt("/api/v1/admin/coops?marketId=" + market + "&q=조합"))
                .containsExactly("나조합-" + s);
        assertThat(namesAt("/api/v1/admin/coops?q=" + s)).containsExactly("나상인회-" + s, "나조합-" + s);

        String number = newBusinessNumber();
        bad.ok("POST", "/api/v1/admin/suppliers", admin, supplier("계란유통-" + s, number));
        assertThat(namesAt("/api/v1/admin/suppliers?q=" + number)).containsExactly("계란유통-" + s);
        assertThat(namesAt("/api/v1/admin/suppliers?q=" + number.replace("-", "")))
                .containsExactly("계란유통-" + s);
        assertThat(namesAt("/api/v1/admin/suppliers?q=계란유통-" + s)).containsExactly("계란유통-" + s);
    }

    private static List<String> names(JsonNode page) {
        return page.get("items").valueStream().map(i -> i.get("name").asString()).toList();
    }

    private JsonNode read(String path, String user) {
        return BadInput.tree(bad.ok("GET", path, user, null));
    }

    static String coop(long marketId, String name) {
        return "{\"marketId\":" + marketId + ",\"name\":" + json(name) + "}";
    }

    static String account(String username) {
        return "{\"username\":" + json(username) + "}";
    }

    /** The names on a page of an admin list, as an admin reads it. */
    private List<String> namesAt(String path) {
        return names(read(path, admin));
    }

    private long newMarket(String name) {
        return BadInput.id(bad.ok("POST", "/api/v1/admin/markets", officer, market(name)));
    }

    private long newSupplier(String name) {
        return BadInput.id(
                bad.ok(
                        "POST",
                        "/api/v1/admin/suppliers",
                        officer,
                        supplier(name, newBusinessNumber())));
    }

    /**
     * An officer's request that must be refused with {@code status} and leave every table alone.
     */
    private HttpResponse<String> refused(int status, String method, String path, String body) {
        return bad.refused(status, method, path, officer, body, tables);
    }

    private String refusedBody(int status, String method, String path, String body) {
        return refused(status, method, path, body).body();
    }

    @Test
    void everyCreateAndChangeIsToldWithTheChangedFieldsOnly() {
        Fixtures.signIn(officer);
        MarketDetails market =
                marketAdministration.create(new MarketForm("중앙시장-" + s, "성남시 중원구", "성남시 중원구 중앙동"));
        marketAdministration.change(
                market.id(), new MarketForm("중앙시장-" + s, "성남시 중원구", "성남시 중원구 성남대로 1"));
        marketAdministration.change(
                market.id(), new MarketForm("중앙시장-" + s, "성남시 중원구", "성남시 중원구 성남대로 1"));
        CoopDetails coop = coopAdministration.create(new CoopForm(market.id(), "중앙조합-" + s, ""));
        coopAdministration.change(coop.id(), new CoopForm(null, "중앙 상인협동조합-" + s, ""));
        String number = newBusinessNumber();
        SupplierDetails supplier =
                supplierAdministration.create(
                        new SupplierForm(
                                "떡방앗간-" + s, number, "이떡", "010-1111-2222", null, "쌀 20kg"));
        supplierAdministration.linkAccount(supplier.id(), otherSupplierUser);

        List<AdministrativeChange> told = events.stream(AdministrativeChange.class).toList();
        assertThat(told)
                .extracting(AdministrativeChange::subject, AdministrativeChange::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Subject.MARKET, Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(Subject.MARKET, Action.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(Subject.COOP, Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(Subject.COOP, Action.CHANGED),
                        org.assertj.core.groups.Tuple.tuple(Subject.SUPPLIER, Action.CREATED),
                        org.assertj.core.groups.Tuple.tuple(Subject.SUPPLIER, Action.CHANGED));
        assertThat(told)
                .allSatisfy(
                        c -> {
                            assertThat(c.actor()).isEqualTo(officer);
                            assertThat(c.at()).isNotNull();
                        });
        assertThat(told.get(0).subjectId()).isEqualTo(market.id());
        assertThat(told.get(0).before()).isEmpty();
        assertThat(told.get(0).after())
                .containsEntry("name", "중앙시장-" + s)
                .containsEntry("address", "성남시 중원구 중앙동");
        assertThat(told.get(1).before()).isEqualTo(Map.of("address", "성남시 중원구 중앙동"));
        assertThat(told.get(1).after()).isEqualTo(Map.of("address", "성남시 중원구 성남대로 1"));
        assertThat(told.get(3).before()).isEqualTo(Map.of("name", "중앙조합-" + s));
        assertThat(told.get(3).after()).isEqualTo(Map.of("name", "중앙 상인협동조합-" + s));
        assertThat(told.get(4).after())
                .containsEntry("businessNumber", number)
                .containsEntry("email", "");
        assertThat(told.get(5).before()).isEqualTo(Map.of("account", ""));
        assertThat(told.get(5).after()).isEqualTo(Map.of("account", otherSupplierUser));
    }

    /** Text one character longer than the field's {@code max}: refused as too long. */
    private static Arguments tooLong(String field, String errorField, int max) {
        return Arguments.of(
                field + " too long",
                field,
                json("가".repeat(max + 1)),
                "error.admin." + errorField + ".tooLong");
    }

    static Stream<Arguments> badMarkets() {
        return Stream.of(
                Arguments.of("blank name", "name", "\"  \"", "error.admin.marketName.blank"),
                Arguments.of("no name", "name", "null", "error.admin.marketName.blank"),
                tooLong("name", "marketName", 100),
                Arguments.of("blank district", "district", "\"\"", "error.admin.district.blank"),
                tooLong("district", "district", 100),
                Arguments.of("blank address", "address", "\" \"", "error.admin.address.blank"),
                tooLong("address", "address", 200));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMarkets")
    void badMarketsAreRefusedByNameAndNothingIsWritten(
            String what, String field, String value, String code) {
        String body = BadInput.with(market("새시장-" + s), field, value);
        refusedAsNewAndAsChange("/api/v1/admin/markets", newMarket("있던시장-" + s), body, code);
    }

    /** The body is refused with the code as a new one and as the change of an existing one. */
    private void refusedAsNewAndAsChange(String path, long existing, String body, String code) {
        assertThat(refusedBody(400, "POST", path, body)).contains(code);
        assertThat(refusedBody(400, "PUT", path + "/" + existing, body)).contains(code);
    }

    @Test
    void aDuplicateMarketOrCoopNameIsRefusedWithAConflict() {
        long market = newMarket("성호시장-" + s);
        long other = newMarket("상대원시장-" + s);
        assertThat(refusedBody(409, "POST", "/api/v1/admin/markets", market("성호시장-" + s)))
                .contains("error.admin.market.duplicate")
                .contains("성호시장-" + s);
        refused(409, "PUT", "/api/v1/admin/markets/" + other, market("성호시장-" + s));
        refused(404, "PUT", "/api/v1/admin/markets/987654321", market("없는시장-" + s));

        bad.ok("POST", "/api/v1/admin/coops", officer, coop(market, "성호조합-" + s));
        long coop =
                BadInput.id(
                        bad.ok("POST", "/api/v1/admin/coops", officer, coop(market, "성호상인회-" + s)));
        assertThat(refusedBody(409, "POST", "/api/v1/admin/coops", coop(other, "성호조합-" + s)))
                .contains("error.admin.coop.duplicate");
        refused(409, "PUT", "/api/v1/admin/coops/" + coop, "{\"name\":\"성호조합-" + s + "\"}");
        refused(400, "PUT", "/api/v1/admin/coops/" + coop, coop(other, "성호상인회-" + s));
    }

    static Stream<Arguments> badCoops() {
        return Stream.of(
                Arguments.of("blank name", "name", "\"\"", "error.admin.coopName.blank"),
                tooLong("name", "coopName", 100),
                tooLong("description", "description", 1000),
                Arguments.of("no market", "marketId", "null", "error.admin.market.required"),
                Arguments.of(
                        "unknown market", "marketId", "987654321", "error.admin.market.unknown"),
                Arguments.of("market as text", "marketId", "\"abc\"", "error.request.unreadable"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCoops")
    void badCoopsAreRefusedByNameAndNothingIsWritten(
            String what, String field, String value, String code) {
        long market = newMarket("조합시장-" + s);
        String body =
                BadInput.with(
                        "{\"marketId\":"
                                + market
                                + ",\"name\":\"새조합-"
                                + s
                                + "\",\"description\":\"\"}",
                        field,
                        value);
        assertThat(refusedBody(400, "POST", "/api/v1/admin/coops", body)).contains(code);
    }

    static Stream<Arguments> badSuppliers() {
        return Stream.of(
                Arguments.of("blank name", "name", "\" \"", "error.admin.supplierName.blank"),
                tooLong("name", "supplierName", 100),
                Arguments.of(
                        "no business number",
                        "businessNumber",
                        "null",
                        "error.admin.businessNumber.blank"),
                Arguments.of(
                        "business number of 9 digits",
                        "businessNumber",
                        "\"124-56-7890\"",
                        "error.businessNumber.format"),
                Arguments.of(
                        "business number with letters",
                        "businessNumber",
                        "\"12a-56-78908\"",
                        "error.businessNumber.format"),
                Arguments.of(
                        "wrong check digit",
                        "businessNumber",
                        "\"124-56-78909\"",
                        "error.businessNumber.checkDigit"),
                Arguments.of(
                        "blank contact person",
                        "contactPerson",
                        "\"\"",
                        "error.admin.contactPerson.blank"),
                Arguments.of("no phone", "contactPhone", "\"\"", "error.admin.contactPhone.blank"),
                Arguments.of(
                        "foreign phone",
                        "contactPhone",
                        "\"+1 555 123 4567\"",
                        "error.admin.contactPhone.invalid"),
                Arguments.of(
                        "phone too short",
                        "contactPhone",
                        "\"010-123\"",
                        "error.admin.contactPhone.invalid"),
                Arguments.of(
                        "e-mail without domain",
                        "email",
                        "\"order@\"",
                        "error.admin.email.invalid"),
                Arguments.of(
                        "e-mail with blanks",
                        "email",
                        "\"order @example.kr\"",
                        "error.admin.email.invalid"),
                Arguments.of("blank goods", "goods", "\"\"", "error.admin.goods.blank"),
                tooLong("goods", "goods", 500));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSuppliers")
    void badSuppliersAreRefusedByNameAndNothingIsWritten(
            String what, String field, String value, String code) {
        String body = BadInput.with(supplier("새공급-" + s, newBusinessNumber()), field, value);
        refusedAsNewAndAsChange("/api/v1/admin/suppliers", newSupplier("있던공급-" + s), body, code);
    }

    @Test
    void aDuplicateSupplierNameOrBusinessNumberIsRefusedWithAConflict() {
        String number = newBusinessNumber();
        bad.ok("POST", "/api/v1/admin/suppliers", officer, supplier("한맥-" + s, number));
        long other = newSupplier("대한-" + s);
        assertThat(
                        refusedBody(
                                409,
                                "POST",
                                "/api/v1/admin/suppliers",
                                supplier("한맥-" + s, newBusinessNumber())))
                .contains("error.admin.supplier.duplicate");
        assertThat(
                        refusedBody(
                                409,
                                "POST",
                                "/api/v1/admin/suppliers",
                                supplier("새한맥-" + s, number.replace("-", ""))))
                .contains("error.admin.businessNumber.duplicate")
                .contains("한맥-" + s);
        refused(409, "PUT", "/api/v1/admin/suppliers/" + other, supplier("대한-" + s, number));
        refused(
                404,
                "PUT",
                "/api/v1/admin/suppliers/987654321",
                supplier("없음-" + s, newBusinessNumber()));
    }

    @Test
    void onlyASupplierAccountAnsweringForNoOtherSupplierIsLinked() {
        long first = newSupplier("첫째-" + s);
        long second = newSupplier("둘째-" + s);
        String path = "/api/v1/admin/suppliers/" + second + "/account";
        assertThat(refusedBody(400, "PUT", path, account(f.member())))
                .contains("error.admin.account.notSupplier");
        assertThat(refusedBody(400, "PUT", path, account("nobody-" + s)))
                .contains("error.admin.account.unknown");
        refused(400, "PUT", path, "{\"username\":\" \"}");
        bad.ok(
                "PUT",
                "/api/v1/admin/suppliers/" + first + "/account",
                officer,
                account(supplierUser));
        assertThat(refusedBody(409, "PUT", path, account(supplierUser)))
                .contains("error.admin.account.taken")
                .contains("첫째-" + s);
        refused(
                404,
                "PUT",
                "/api/v1/admin/suppliers/987654321/account",
                account(otherSupplierUser));
    }

    @Test
    void leadersMembersAndSuppliersAreRefused() {
        long market = newMarket("금지시장-" + s);
        long supplier = newSupplier("금지공급-" + s);
        for (String user : List.of(f.leader(), f.member(), supplierUser)) {
            for (String[] call :
                    List.of(
                            new String[] {"GET", "/api/v1/admin/markets", null},
                            new String[] {"POST", "/api/v1/admin/markets", market("남의시장-" + s)},
                            new String[] {
                                "PUT", "/api/v1/admin/markets/" + market, market("남의시장-" + s)
                            },
                            new String[] {"GET", "/api/v1/admin/coops?marketId=" + market, null},
                            new String[] {"POST", "/api/v1/admin/coops", coop(market, "남의조합")},
                            new String[] {
                                "PUT", "/api/v1/admin/coops/" + f.coopId(), "{\"name\":\"남의조합\"}"
                            },
                            new String[] {"GET", "/api/v1/admin/suppliers?q=금지", null},
                            new String[] {
                                "POST",
                                "/api/v1/admin/suppliers",
                                supplier("남의공급-" + s, newBusinessNumber())
                            },
                            new String[] {
                                "PUT",
                                "/api/v1/admin/suppliers/" + supplier,
                                supplier("남의공급-" + s, newBusinessNumber())
                            },
                            new String[] {
                                "PUT",
                                "/api/v1/admin/suppliers/" + supplier + "/account",
                                account(supplierUser)
                            })) {
                assertThat(bad.refused(403, call[0], call[1], user, call[2], tables).body())
                        .contains("error.admin.notAllowed");
            }
        }
        bad.refused(401, "GET", "/api/v1/admin/markets", null, null, tables);
    }

    @Test
    void pagesOutsideTheLimitsAndGarbageAreRefused() {
        refused(400, "GET", "/api/v1/admin/markets?size=1000", null);
        refused(400, "GET", "/api/v1/admin/suppliers?page=-1", null);
        refused(400, "GET", "/api/v1/admin/coops?marketId=abc", null);
        bad.refusesGarbage("POST", "/api/v1/admin/markets", officer, tables);
        bad.refusesGarbage("POST", "/api/v1/admin/suppliers", officer, tables);
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlAreKeptAsPlainText(String hostile) {
        noSqlRunBy(
                () -> {
                    String name = hostile.substring(0, Math.min(40, hostile.length())) + s;
                    long market =
                            BadInput.id(
                                    bad.ok(
                                            "POST",
                                            "/api/v1/admin/markets",
                                            officer,
                                            BadInput.with(market(name), "address", json(hostile))));
                    JsonNode found =
                            read("/api/v1/admin/markets?q=" + s, officer).get("items").get(0);
                    assertThat(found.get("id").asLong()).isEqualTo(market);
                    assertThat(found.get("name").asString()).isEqualTo(name);
                    assertThat(found.get("address").asString()).isEqualTo(hostile);
                    JsonNode coop =
                            BadInput.tree(
                                    bad.ok(
                                            "POST",
                                            "/api/v1/admin/coops",
                                            officer,
                                            "{\"marketId\":"
                                                    + market
                                                    + ",\"name\":"
                                                    + json(name)
                                                    + ",\"description\":"
                                                    + json(hostile)
                                                    + "}"));
                    assertThat(coop.get("description").asString()).isEqualTo(hostile);
                });
    }
}
