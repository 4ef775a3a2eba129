package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sangsaeng.web.BadInput.json;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.shared.AdministrativeChange;
import org.sangsaeng.shared.AdministrativeChange.Action;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The foundation and admins administer accounts through the API: an account made with a temporary
 * password must change it before anything else; deactivation ends its tokens and sign-in at once;
 * roles, resets and anonymisation follow who may do what; every refusal names the mistake and
 * writes nothing; every change publishes its AdministrativeChange.
 */
@RecordApplicationEvents
class AccountAdministrationIntegrationTests extends BadInputTest {

    static final String ACCOUNTS = "/api/v1/admin/accounts";
    static final String CHOSEN = "시장 골목 붕어빵 2026";

    @Autowired AccountAdministration administration;
    @Autowired AccountAnonymisation anonymisation;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;
    @Autowired Clock clock;

    String admin;
    String officer;
    String supplier;
    String s;
    Supplier<?> accountsTables;

    @BeforeEach
    void givenAnAdminAFoundationOfficerAndASupplier() {
        s = UUID.randomUUID().toString().substring(0, 8);
        admin = "admin-" + s;
        officer = "officer-" + s;
        supplier = "supplier-" + s;
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));
        accounts.createAccount(officer, Fixtures.PASSWORD, "재단 담당", Set.of(Role.FOUNDATION));
        accounts.createAccount(supplier, Fixtures.PASSWORD, "밀가루 도매", Set.of(Role.SUPPLIER));
        accountsTables = bad.tables("app_user", "app_user_role", "api_token", "membership");
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aNewAccountChangesItsTemporaryPasswordBeforeAnythingElse() throws Exception {
        JsonNode made =
                BadInput.tree(
                        bad.ok(
                                "POST",
                                ACCOUNTS,
                                admin,
                                newAccount(
                                        "baker-" + s,
                                        "010-2" + digits(3) + "-" + digits(4),
                                        "[]")));
        String temporary = made.get("temporaryPassword").asString();
        assertThat(temporary).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        assertThat(made.get("account").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(made.toString()).doesNotContain("passwordHash");

        HttpResponse<String> first =
                call("GET", "/api/v1/me", BasicAuth.of("baker-" + s, temporary), null);
        assertThat(first.statusCode()).isEqualTo(403);
        assertThat(first.body())
                .contains("\"code\":\"error.password.mustChange\"")
                .contains("temporary password first");
        assertThat(
                        call("GET", "/api/v1/coops", BasicAuth.of("baker-" + s, temporary), null)
                                .statusCode())
                .isEqualTo(403);

        assertThat(passwordChange(BasicAuth.of("baker-" + s, temporary), temporary, CHOSEN))
                .isEqualTo(204);

        assertThat(me(BasicAuth.of("baker-" + s, CHOSEN))).isEqualTo(200);
        assertThat(me(BasicAuth.of("baker-" + s, temporary))).isEqualTo(401);
    }

    @Test
    void aRoleTakenAwayEndsTheWebSessionsThatStillCarryItAndAnAddedOneDoesNot() {
        Instant signedIn = clock.instant().minusSeconds(60);
        Fixtures.signIn(admin);

        administration.changeRoles(idOf(supplier), Set.of(Role.SUPPLIER, Role.FOUNDATION));
        assertThat(accounts.sessionValid(supplier, signedIn))
                .as("a role added: sign in again to use it")
                .isTrue();

        administration.changeRoles(idOf(officer), Set.of());
        assertThat(accounts.sessionValid(officer, signedIn))
                .as("the officer's open session loses FOUNDATION")
                .isFalse();
        assertThat(accounts.sessionValid(officer, clock.instant().plusSeconds(1)))
                .as("signing in again works")
                .isTrue();
    }

    @Test
    void aDeactivatedAccountsTokenAndPasswordStopAtOnceAndWorkAgainAfterReactivation()
            throws Exception {
        long member = idOf(f.member());
        String token = bad.token(f.member());
        assertThat(me("Bearer " + token)).isEqualTo(200);

        JsonNode off =
                BadInput.tree(
                        bad.ok(
                                "POST",
                                ACCOUNTS + "/" + member + "/deactivate",
                                officer,
                                "{\"reason\":\"가게를 정리했습니다\"}"));
        assertThat(off.get("active").asBoolean()).isFalse();

        assertThat(me("Bearer " + token)).as("its token").isEqualTo(401);
        assertThat(me(BasicAuth.of(f.member(), Fixtures.PASSWORD)))
                .as("its password")
                .isEqualTo(401);
        bad.refused(
                409,
                "POST",
                ACCOUNTS + "/" + member + "/deactivate",
                officer,
                "{\"reason\":\"again\"}",
                accountsTables);

        bad.ok("POST", ACCOUNTS + "/" + member + "/reactivate", officer, null);
        assertThat(me(BasicAuth.of(f.member(), Fixtures.PASSWORD))).isEqualTo(200);
        assertThat(me("Bearer " + token)).as("revoked for good").isEqualTo(401);
    }

    @Test
    void theTokenFilterRefusesADisabledAccountEvenWithATokenNotRevoked() throws Exception {
        String token = bad.token(f.member());
        // Disabled behind the service's back: the token itself is still valid, the account is not.
        jdbc.update("update app_user set enabled = false where username = ?", f.member());
        try {
            HttpResponse<String> refused = call("GET", "/api/v1/me", "Bearer " + token, null);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("\"code\":\"error.auth.tokenInvalid\"");
        } finally {
            jdbc.update("update app_user set enabled = true where username = ?", f.member());
        }
        assertThat(me("Bearer " + token)).isEqualTo(200);
    }

    @Test
    void adminsGiveEveryRoleTheFoundationOnlySupplier() {
        long member = idOf(f.member());
        String roles = ACCOUNTS + "/" + member + "/roles";
        assertThat(bad.ok("PUT", roles, officer, "{\"roles\":[\"SUPPLIER\"]}"))
                .contains("\"roles\":[\"SUPPLIER\"]");
        assertThat(
                        bad.refused(
                                        403,
                                        "PUT",
                                        roles,
                                        officer,
                                        "{\"roles\":[\"SUPPLIER\",\"ADMIN\"]}",
                                        accountsTables)
                                .body())
                .contains("error.account.grantAdminOnly");
        assertThat(bad.ok("PUT", roles, admin, "{\"roles\":[\"FOUNDATION\"]}"))
                .contains("\"roles\":[\"FOUNDATION\"]");
        // Now a foundation officer: other officers may not touch the account.
        bad.refused(403, "PUT", roles, officer, "{\"roles\":[]}", accountsTables);
        bad.refused(
                403,
                "POST",
                ACCOUNTS + "/" + member + "/deactivate",
                officer,
                "{\"reason\":\"x\"}",
                accountsTables);
        bad.refused(
                403,
                "POST",
                ACCOUNTS + "/" + member + "/password-reset",
                officer,
                null,
                accountsTables);
        bad.ok("PUT", roles, admin, "{\"roles\":[]}");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from app_user_role where user_id = ?",
                                Long.class,
                                member))
                .isZero();
    }

    @Test
    void aResetPasswordIsTemporaryAndEndsTheOldPasswordAndTokens() throws Exception {
        long member = idOf(f.member());
        String token = bad.token(f.member());

        String temporary =
                BadInput.tree(
                                bad.ok(
                                        "POST",
                                        ACCOUNTS + "/" + member + "/password-reset",
                                        officer,
                                        null))
                        .get("temporaryPassword")
                        .asString();

        assertThat(me("Bearer " + token)).isEqualTo(401);
        assertThat(me(BasicAuth.of(f.member(), Fixtures.PASSWORD))).isEqualTo(401);
        assertThat(me(BasicAuth.of(f.member(), temporary))).isEqualTo(403);
        assertThat(passwordChange(BasicAuth.of(f.member(), temporary), temporary, CHOSEN))
                .isEqualTo(204);
        assertThat(me(BasicAuth.of(f.member(), CHOSEN))).isEqualTo(200);
    }

    @Test
    void anonymisingKeepsTheRowsButNothingThatNamesThePerson() throws Exception {
        long member = idOf(f.member());
        jdbc.update(
                "update app_user set phone = '010-3"
                        + digits(3)
                        + "-"
                        + digits(4)
                        + "', email = 'park@example.kr'"
                        + " where id = ?",
                member);
        List<Map<String, Object>> membershipsBefore =
                jdbc.queryForList(
                        "select id, coop_id, role, shop_name from membership where user_id = ?",
                        member);
        assertThat(membershipsBefore).hasSize(1);
        String token = bad.token(f.member());

        bad.refused(
                403, "POST", ACCOUNTS + "/" + member + "/anonymise", officer, null, accountsTables);
        bad.ok("POST", ACCOUNTS + "/" + member + "/anonymise", admin, null);

        Map<String, Object> row =
                jdbc.queryForMap(
                        "select username, display_name, phone, email, enabled from app_user"
                                + " where id = ?",
                        member);
        assertThat(row.get("username")).isEqualTo("left-" + member);
        assertThat(row.get("display_name")).isEqualTo("탈퇴한 회원 #" + member);
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("email")).isNull();
        assertThat(row.get("enabled")).isEqualTo(false);
        assertThat(
                        jdbc.queryForList(
                                "select id, coop_id, role, shop_name from membership where user_id = ?",
                                member))
                .isEqualTo(membershipsBefore);
        assertThat(
                        jdbc.queryForList(
                                "select status from membership where user_id = ?",
                                String.class,
                                member))
                .containsOnly("LEFT");
        assertThat(me("Bearer " + token)).isEqualTo(401);
        assertThat(me(BasicAuth.of(f.member(), Fixtures.PASSWORD))).isEqualTo(401);
        assertThat(me(BasicAuth.of("left-" + member, Fixtures.PASSWORD))).isEqualTo(401);
        bad.refused(
                409, "POST", ACCOUNTS + "/" + member + "/reactivate", admin, null, accountsTables);
    }

    @Test
    void searchesPageOnTheServer() {
        String tag = "검색" + s;
        for (int i = 0; i < 3; i++) {
            bad.ok(
                    "POST",
                    ACCOUNTS,
                    admin,
                    "{\"username\":\"find-"
                            + i
                            + "-"
                            + s
                            + "\",\"displayName\":\""
                            + tag
                            + i
                            + "\",\"roles\":"
                            + (i == 0 ? "[\"SUPPLIER\"]" : "[]")
                            + "}");
        }
        JsonNode page = accounts("?q=" + enc(tag) + "&size=2&page=0");
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("size").asInt()).isEqualTo(2);
        JsonNode second = accounts("?q=" + enc(tag) + "&size=2&page=1");
        assertThat(second.get("items")).hasSize(1);
        assertThat(accounts("?q=" + enc(tag) + "&role=SUPPLIER").get("total").asLong())
                .isEqualTo(1);
        assertThat(accounts("?q=" + enc(tag) + "&role=MEMBER").get("total").asLong()).isEqualTo(2);
        assertThat(accounts("?q=find-1-" + s + "&active=false").get("total").asLong()).isZero();
        assertThat(accounts("?q=" + enc("100%_")).get("total").asLong()).isZero();
        bad.refused(400, "GET", ACCOUNTS + "?role=KING", officer, null, accountsTables);
        bad.refused(400, "GET", ACCOUNTS + "?size=1000", officer, null, accountsTables);
    }

    @Test
    void badInputIsRefusedWithItsMistakeNamedAndNothingWritten() {
        String phone = "010-4" + digits(3) + "-" + digits(4);
        bad.ok("POST", ACCOUNTS, admin, newAccount("first-" + s, phone, "[]"));
        refused(400, admin, newAccount("Bad Name!", null, "[]"), "error.account.username");
        refused(400, admin, newAccount("ab", null, "[]"), "error.account.username");
        refused(400, admin, newAccount("left-" + s, null, "[]"), "error.account.usernameReserved");
        refused(409, admin, newAccount(f.member(), null, "[]"), "error.account.exists");
        refused(
                409,
                admin,
                newAccount("second-" + s, phone.replace("-", ""), "[]"),
                "error.account.phoneExists");
        refused(400, admin, newAccount("second-" + s, "02-123-4567", "[]"), "error.account.phone");
        refused(
                400,
                admin,
                BadInput.with(newAccount("second-" + s, null, "[]"), "email", "\"no-at-sign\""),
                "error.account.email");
        refused(
                400,
                admin,
                BadInput.with(newAccount("second-" + s, null, "[]"), "displayName", "\"  \""),
                "error.account.displayNameRequired");
        refused(
                400,
                admin,
                newAccount("second-" + s, null, "[\"KING\"]"),
                "error.account.unknownRole");
        refused(
                400,
                admin,
                newAccount("second-" + s, null, "[\"LEADER\"]"),
                "error.account.unknownRole");
        refused(
                403,
                officer,
                newAccount("second-" + s, null, "[\"ADMIN\"]"),
                "error.account.grantAdminOnly");
        refused(
                403,
                officer,
                newAccount("second-" + s, null, "[\"FOUNDATION\"]"),
                "error.account.grantAdminOnly");
        for (String caller : List.of(f.leader(), f.member(), supplier)) {
            refused(
                    403,
                    caller,
                    newAccount("second-" + s, null, "[]"),
                    "error.account.administratorsOnly");
            bad.refused(403, "GET", ACCOUNTS, caller, null, accountsTables);
            bad.refused(
                    403,
                    "POST",
                    ACCOUNTS + "/" + idOf(f.applicant()) + "/deactivate",
                    caller,
                    "{\"reason\":\"x\"}",
                    accountsTables);
        }
        long member = idOf(f.member());
        assertThat(
                        bad.refusedPost(
                                400,
                                ACCOUNTS + "/" + member + "/deactivate",
                                admin,
                                "{\"reason\":\" \"}",
                                accountsTables))
                .contains("error.account.reasonRequired");
        bad.refused(
                400, "POST", ACCOUNTS + "/" + member + "/deactivate", admin, "{}", accountsTables);
        bad.refused(404, "POST", ACCOUNTS + "/987654321/reactivate", admin, null, accountsTables);
        bad.refused(
                400,
                "PUT",
                ACCOUNTS + "/" + member + "/roles",
                admin,
                "{\"roles\":[\"KING\"]}",
                accountsTables);
        bad.refusesGarbage("POST", ACCOUNTS, admin, accountsTables);
        bad.refused(
                401, "POST", ACCOUNTS, null, newAccount("second-" + s, null, "[]"), accountsTables);
    }

    @Test
    void theLastActiveAdminCannotBeDeactivatedDemotedOrAnonymised() {
        long me = idOf(admin);
        Fixtures.signIn(admin);
        transactions.executeWithoutResult(
                tx -> {
                    // Alone as admin for this transaction only (rolled back): the database is
                    // shared with other tests.
                    jdbc.update(
                            "update app_user set enabled = false where id <> ? and id in"
                                    + " (select user_id from app_user_role where role = 'ADMIN')",
                            me);
                    assertThatThrownBy(() -> administration.deactivate(me, "떠납니다"))
                            .isInstanceOf(BusinessException.class)
                            .hasMessage("error.account.lastAdmin");
                    assertThatThrownBy(
                                    () -> administration.changeRoles(me, Set.of(Role.FOUNDATION)))
                            .isInstanceOf(BusinessException.class)
                            .hasMessage("error.account.lastAdmin");
                    assertThatThrownBy(() -> anonymisation.anonymise(me))
                            .isInstanceOf(BusinessException.class)
                            .hasMessage("error.account.lastAdmin");
                    tx.setRollbackOnly();
                });
        // With another admin active, the same is allowed.
        String second = "admin2-" + s;
        accounts.createAccount(second, Fixtures.PASSWORD, "둘째 관리자", Set.of(Role.ADMIN));
        assertThat(administration.changeRoles(me, Set.of(Role.FOUNDATION)).roles())
                .containsExactly(Role.FOUNDATION);
    }

    @Test
    void everyChangePublishesAnAdministrativeChangeWithoutPasswordsOrPersonalData() {
        Fixtures.signIn(admin);
        TemporaryPassword made =
                administration.create(
                        new NewAccount(
                                "event-" + s,
                                "이벤트",
                                "01055" + digits(6),
                                "event@example.kr",
                                Set.of(Role.SUPPLIER)));
        long id = made.account().id();
        administration.changeRoles(id, Set.of());
        administration.deactivate(id, "폐업");
        administration.reactivate(id);
        TemporaryPassword reset = administration.resetPassword(id);
        anonymisation.anonymise(id);

        List<AdministrativeChange> changes =
                events.stream(AdministrativeChange.class).filter(c -> c.subjectId() == id).toList();
        assertThat(changes)
                .extracting(AdministrativeChange::action)
                .containsExactly(
                        Action.CREATED,
                        Action.ROLES_CHANGED,
                        Action.DEACTIVATED,
                        Action.REACTIVATED,
                        Action.PASSWORD_RESET,
                        Action.ANONYMISED);
        assertThat(changes)
                .allSatisfy(
                        c -> {
                            assertThat(c.subject()).isEqualTo(AdministrativeChange.Subject.ACCOUNT);
                            assertThat(c.actor()).isEqualTo(admin);
                            assertThat(c.toString())
                                    .doesNotContain(made.temporaryPassword())
                                    .doesNotContain(reset.temporaryPassword())
                                    .doesNotContain("$2")
                                    .doesNotContain("event@example.kr")
                                    .doesNotContain("01055");
                        });
        assertThat(changes.get(0).after())
                .containsEntry("username", "event-" + s)
                .containsEntry("roles", "SUPPLIER")
                .containsEntry("phone", "given");
        assertThat(changes.get(1).before()).containsEntry("roles", "SUPPLIER");
        assertThat(changes.get(1).after()).containsEntry("roles", "");
        assertThat(changes.get(2).after()).containsEntry("reason", "폐업");
        assertThat(changes.get(5).before())
                .containsEntry("personalData", "removed")
                .doesNotContainValue("이벤트")
                .doesNotContainValue("event-" + s);
        assertThat(changes.get(5).after()).containsEntry("username", "left-" + id);
    }

    @Test
    void aRefusedChangePublishesNothing() {
        Fixtures.signIn(officer);
        long before = events.stream(AdministrativeChange.class).count();
        assertThatThrownBy(
                        () ->
                                administration.create(
                                        new NewAccount(
                                                "x-" + s, "x", null, null, Set.of(Role.ADMIN))))
                .hasMessage("error.account.grantAdminOnly");
        assertThat(events.stream(AdministrativeChange.class).count()).isEqualTo(before);
    }

    private void refused(int status, String caller, String body, String code) {
        assertThat(bad.refused(status, "POST", ACCOUNTS, caller, body, accountsTables).body())
                .contains("\"code\":\"" + code + "\"");
    }

    private static String newAccount(String username, String phone, String roles) {
        return "{\"username\":"
                + json(username)
                + ",\"displayName\":\"박새댁\",\"phone\":"
                + (phone == null ? "null" : json(phone))
                + ",\"email\":\"new@example.kr\",\"roles\":"
                + roles
                + "}";
    }

    private long idOf(String username) {
        return jdbc.queryForObject(
                "select id from app_user where username = ?", Long.class, username);
    }

    private static String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(ThreadLocalRandom.current().nextInt(10));
        }
        return b.toString();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A page of the account list as the officer searches it, {@code query} starting with "?". */
    private JsonNode accounts(String query) {
        return BadInput.tree(bad.ok("GET", ACCOUNTS + query, officer, null));
    }

    /** The status of changing one's own password from {@code current} to {@code chosen}. */
    private int passwordChange(String authorization, String current, String chosen)
            throws Exception {
        return call(
                        "PUT",
                        "/api/v1/me/password",
                        authorization,
                        "{\"currentPassword\":"
                                + json(current)
                                + ",\"newPassword\":"
                                + json(chosen)
                                + "}")
                .statusCode();
    }

    /** The status of asking who one is, as every signed-in client does first. */
    private int me(String authorization) throws Exception {
        return call("GET", "/api/v1/me", authorization, null).statusCode();
    }

    private HttpResponse<String> call(String method, String path, String authorization, String body)
            throws Exception {
        return LocalHttp.send(
                LocalHttp.json(port, method, path, body).header("Authorization", authorization));
    }
}
