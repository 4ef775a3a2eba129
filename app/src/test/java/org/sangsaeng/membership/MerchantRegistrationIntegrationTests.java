package org.sangsaeng.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.shared.BusinessNumber;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;
import org.sangsaeng.web.BasicAuth;
import org.sangsaeng.web.LocalHttp;
import tools.jackson.databind.json.JsonMapper;

/**
 * A merchant signs up on their own with the code from the SMS, the foundation reviews the sign-up
 * in its task list, and the merchant signs in with the password they chose. Changes go back through
 * a one-time link; a leader's invitation fills the sign-up in and leads to the co-op. Every refused
 * sign-up names its mistake and writes nothing.
 */
class MerchantRegistrationIntegrationTests extends BadInputTest {

    static final String API = "/api/v1/registrations";
    static final String PASSWORD = "우리 가게 빵은 맛있다";
    static final String APPROVE = "{\"decision\":\"APPROVE\"}";
    static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    static final Pattern REVISE = Pattern.compile("/sign-up/revise/([A-Za-z0-9_-]+)");
    static final Pattern INVITE = Pattern.compile("/sign-up\\?invite=([A-Za-z0-9_-]+)");

    String foundation;
    long marketId;
    String phone;
    String username;

    @BeforeEach
    void givenTheFoundationAndANewMerchant() {
        foundation = "fd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(
                foundation, org.sangsaeng.Fixtures.PASSWORD, "정재단", Set.of(Role.FOUNDATION));
        marketId = coops.get(f.coopId()).marketId();
        phone = newPhone();
        username = "m-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void
            theFoundationCannotMakeAnAccountWithAUsernameASignUpWaitsWithAndApprovesTheSignUpInstead() {
        long id = signUp(form(username, phone, code(phone)));

        HttpResponse<String> refused =
                bad.send(
                        "POST",
                        "/api/v1/admin/accounts",
                        foundation,
                        "{\"username\":\""
                                + username
                                + "\",\"displayName\":\"다른 사람\",\"roles\":[]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("심사 중인 가입 신청").contains(username);
        assertThat(accountsNamed(username)).as("nothing made").isZero();

        approve(id, reviewTask(id));
        assertSignsIn("the merchant's own account");
    }

    @Test
    void aMerchantSignsUpTheFoundationApprovesAndTheMerchantSignsIn() {
        long id = signUp(form(username, phone, code(phone)));

        assertThat(bad.send("GET", API + "/" + id, f.member(), null).statusCode())
                .as("not for merchants")
                .isEqualTo(403);
        var details = BadInput.tree(bad.ok("GET", API + "/" + id, foundation, null));
        assertThat(details.get("status").asString()).isEqualTo("PENDING_REVIEW");
        assertThat(details.get("privacyNoticeVersion").asString()).isEqualTo("2026-12-01");
        assertThat(details.get("businessNumber").asString()).isEqualTo(businessNumber());

        long task = reviewTask(id);
        assertThat(
                        bad.send("POST", "/api/v1/tasks/" + task + "/complete", f.member(), APPROVE)
                                .statusCode())
                .as("only the foundation reviews")
                .isIn(403, 404);
        approve(id, task);
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from app_user where username = ? and phone = ?",
                                Long.class,
                                username,
                                phone))
                .isOne();
        assertSignsIn("the password chosen at sign-up");
        assertThat(smsTo(phone))
                .as("the code, then the approval, once")
                .hasSize(2)
                .last()
                .asString()
                .contains(username)
                .contains("/login");
    }

    @Test
    void changesGoBackThroughAOneTimeLinkAndTheRevisionIsReviewedAgain() {
        long id = signUp(form(username, phone, code(phone)));
        long task = reviewTask(id);
        Supplier<?> registration = bad.rows("select * from merchant_registration where id = ?", id);
        assertThat(
                        reviewRefused(
                                task, "{\"decision\":\"CHANGES\",\"reason\":\"  \"}", registration))
                .contains("error.registration.changesRequired");
        assertThat(reviewRefused(task, "{\"decision\":\"MAYBE\"}", registration))
                .contains("error.registration.decisionRequired");
        review(task, "{\"decision\":\"CHANGES\",\"reason\":\"가게 이름을 사업자등록증대로 적어 주세요\"}");

        awaitStatus(id, "CHANGES_REQUESTED");
        String sms =
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> smsTo(phone).getLast(), b -> b.contains("/revise/"));
        assertThat(sms).contains("가게 이름을 사업자등록증대로").startsWith("[상생]");
        String token = match(REVISE, sms);
        assertThat(
                        BadInput.tree(bad.ok("GET", API + "/revisions/" + token, null, null))
                                .get("changes")
                                .asString())
                .contains("사업자등록증");

        Map<String, Object> revised = form(username, phone, null);
        revised.put("shopName", "태평 제과 (본점)");
        revised.put("password", "");
        Supplier<?> state = bad.rows("select * from merchant_registration where id = ?", id);
        revised.put("businessNumber", wrongCheckDigit());
        assertThat(revisionRefused(400, token, revised, state))
                .contains("error.businessNumber.checkDigit");
        revised.put("businessNumber", businessNumber());
        revised.put("privacyConsent", false);
        assertThat(revisionRefused(400, token, revised, state))
                .contains("error.registration.consentRequired");
        revised.put("privacyConsent", true);
        revised.put("phone", newPhone());
        assertThat(revisionRefused(400, token, revised, state))
                .as("a new phone needs its own code")
                .contains("error.phoneCode.none");
        revised.put("phone", phone);
        bad.ok("PUT", API + "/revisions/" + token, null, json(revised));
        assertThat(revisionRefused(409, token, revised, state))
                .as("the link works once")
                .contains("error.registration.linkInvalid");

        long again =
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> openTask(id), t -> t != null && t != task);
        approve(id, again);
        assertThat(
                        jdbc.queryForObject(
                                "select shop_name from merchant_registration where id = ?",
                                String.class,
                                id))
                .isEqualTo("태평 제과 (본점)");
        assertSignsIn("the password kept from the first sign-up");
    }

    @Test
    void aRejectionNeedsAReasonWhichTheApplicantReads() {
        long id = signUp(form(username, phone, code(phone)));
        long task = reviewTask(id);
        Supplier<?> registration = bad.rows("select * from merchant_registration where id = ?", id);
        assertThat(reviewRefused(task, "{\"decision\":\"REJECT\"}", registration))
                .contains("error.registration.reasonRequired");
        review(task, "{\"decision\":\"REJECT\",\"reason\":\"우리 시장 상인이 아닙니다\"}");

        awaitStatus(id, "REJECTED");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> smsTo(phone).getLast().contains("우리 시장 상인이 아닙니다"));
        assertThat(accountsNamed(username)).isZero();
    }

    @Test
    void aLeaderInvitesAMerchantWhoseApprovedSignUpAppliesToTheCoop() {
        String path = "/api/v1/coops/" + f.coopId() + "/invitations";
        String invitation = "{\"name\":\"최떡집\",\"phone\":\"" + phone + "\"}";
        Supplier<?> invitations =
                bad.rows("select count(*) from coop_invitation where coop_id = ?", f.coopId());
        assertThat(bad.refusedPost(403, path, f.member(), invitation, invitations))
                .contains("error.invitation.notLeader");
        bad.refused(403, "POST", path, f.otherLeader(), invitation, invitations);
        assertThat(bad.refusedPost(400, path, f.leader(), "{\"name\":\"최떡집\"}", invitations))
                .contains("error.invitation.contactRequired");
        bad.ok("POST", path, f.leader(), invitation);

        String token = match(INVITE, smsTo(phone).getLast());
        var prefill = BadInput.tree(bad.ok("GET", API + "/invitations/" + token, null, null));
        assertThat(prefill.get("displayName").asString()).isEqualTo("최떡집");
        assertThat(prefill.get("marketId").asLong()).isEqualTo(marketId);
        assertThat(prefill.get("phone").asString()).isEqualTo(phone);

        Map<String, Object> form = form(username, phone, code(phone));
        form.put("invitation", token);
        long id = signUp(form);
        review(reviewTask(id), APPROVE);

        await().atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "select count(*) from"
                                                        + " membership_application a join app_user u on u.id = a.applicant_id where u.username = ?"
                                                        + " and a.coop_id = ? and a.status = 'PENDING'",
                                                Long.class,
                                                username,
                                                f.coopId())
                                        == 1);

        // Without a phone the invitation goes by e-mail.
        String mail = username + "@example.kr";
        bad.ok("POST", path, f.leader(), "{\"name\":\"박꽃집\",\"email\":\"" + mail + "\"}");
        assertThat(
                        jdbc.queryForList(
                                "select body from outbox_message where address = ? and channel = 'EMAIL'",
                                String.class,
                                mail))
                .singleElement()
                .asString()
                .contains("/sign-up?invite=");

        // Used once; and an unused one that has expired is refused as such.
        String other = newPhone();
        Map<String, Object> again = form("x-" + username, other, code(other));
        again.put("invitation", token);
        Supplier<?> nothing = registrationsOf("x-" + username, other);
        assertThat(bad.refusedPost(409, API, null, json(again), nothing))
                .contains("error.invitation.used");
        bad.ok("POST", path, f.leader(), "{\"name\":\"한과일\",\"phone\":\"" + other + "\"}");
        String expired = match(INVITE, smsTo(other).getLast());
        jdbc.update(
                "update coop_invitation set created_at = created_at - interval 15 day,"
                        + " expires_at = created_at + interval 14 day where phone = ?",
                other);
        again.put("invitation", expired);
        assertThat(bad.refusedPost(409, API, null, json(again), nothing))
                .contains("error.invitation.expired");
        assertThat(bad.send("GET", API + "/invitations/" + expired, null, null).body())
                .contains("error.invitation.expired");
    }

    @Test
    void badSignUpsAreRefusedByTheirMistakeAndWriteNothing() {
        Supplier<?> nothing = registrationsOf(username, phone);
        String code = code(phone);

        refused(
                400,
                with(form(username, phone, code), "businessNumber", wrongCheckDigit()),
                nothing,
                "error.businessNumber.checkDigit");
        refused(
                400,
                with(form(username, phone, code), "privacyConsent", null),
                nothing,
                "error.registration.consentRequired");
        refused(
                400,
                with(form(username, phone, code), "password", "1q2w3e4r5t"),
                nothing,
                "error.password.common");
        refused(
                400,
                with(form(username, phone, code), "password", "short"),
                nothing,
                "error.password.tooShort");
        refused(
                400,
                with(form(username, phone, code), "marketId", -1),
                nothing,
                "error.registration.marketRequired");
        refused(409, form(f.member(), phone, code), nothing, "error.account.exists");
        jdbc.update("update app_user set phone = ? where username = ?", newPhone(), f.leader());
        String taken =
                jdbc.queryForObject(
                        "select phone from app_user where username = ?", String.class, f.leader());
        refused(409, form(username, taken, code), nothing, "error.account.phoneExists");

        String wrong = code.equals("000000") ? "111111" : "000000";
        refused(400, form(username, phone, wrong), nothing, "error.phoneCode.wrong");
        refused(400, form(username, phone, ""), nothing, "error.phoneCode.required");
        refused(
                400,
                form(username, newPhone(), code),
                registrationsOf(username, "-"),
                "error.phoneCode.none");
        // An hour later the code has expired.
        jdbc.update(
                "update one_time_code set created_at = created_at - interval 1 hour,"
                        + " expires_at = created_at + interval 10 minute where subject = ?",
                phone);
        refused(400, form(username, phone, code), nothing, "error.phoneCode.expired");

        // A good sign-up spends its code; the same code again is a used one, and the name and phone
        // are taken.
        String fresh = code(phone);
        long first = signUp(form(username, phone, fresh));
        String otherPhone = newPhone();
        Supplier<?> second = registrationsOf("y-" + username, otherPhone);
        refused(
                409,
                form(username, otherPhone, code(otherPhone)),
                second,
                "error.registration.usernamePending");
        refused(
                409,
                form("y-" + username, phone, fresh),
                second,
                "error.registration.phonePending");
        bad.refusesGarbage("POST", API, null, second);
        // Once the first sign-up is closed the phone is free again, but the code it spent stays
        // spent.
        jdbc.update("update merchant_registration set status = 'EXPIRED' where id = ?", first);
        refused(
                400,
                form("y-" + username, phone, fresh),
                registrationsOf("y-" + username, "-"),
                "error.phoneCode.used");
    }

    @Test
    void fiveWrongCodesKillItAndAtMostThreeCodesReachAPhoneIn15Minutes() {
        String code = code(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            bad.send("POST", API, null, json(form(username, phone, wrong)));
        }
        refused(
                400,
                form(username, phone, code),
                registrationsOf(username, phone),
                "error.phoneCode.tooManyTries");
        code(phone);
        code(phone);
        assertThat(
                        bad.send(
                                        "POST",
                                        API + "/phone-codes",
                                        null,
                                        "{\"phone\":\"" + phone + "\"}")
                                .statusCode())
                .isEqualTo(429);
        assertThat(smsTo(phone)).hasSize(3);
    }

    // --- helpers

    private Map<String, Object> form(String username, String phone, String code) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("displayName", "최제과");
        form.put("shopName", "태평 제과");
        form.put("businessType", "BAKERY");
        form.put("marketId", marketId);
        form.put("businessNumber", businessNumber());
        form.put("phone", phone);
        form.put("phoneCode", code);
        form.put("email", null);
        form.put("username", username);
        form.put("password", PASSWORD);
        form.put("privacyConsent", true);
        return form;
    }

    private static Map<String, Object> with(Map<String, Object> form, String field, Object value) {
        form.put(field, value);
        return form;
    }

    private void refused(int status, Map<String, Object> form, Supplier<?> state, String code) {
        assertThat(bad.refused(status, "POST", API, null, json(form), state).body()).contains(code);
    }

    private Supplier<?> registrationsOf(String username, String phone) {
        return bad.rows(
                "select (select count(*) from merchant_registration where username = ? or phone = ?) r,"
                        + " (select count(*) from app_user where username = ?) u",
                username,
                phone,
                username);
    }

    private long signUp(Map<String, Object> form) {
        HttpResponse<String> created = bad.send("POST", API, null, json(form));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return BadInput.id(created.body());
    }

    /**
     * Asks for a code and reads it from the SMS in the outbox, as the merchant reads their phone.
     */
    private String code(String phone) {
        bad.ok("POST", API + "/phone-codes", null, "{\"phone\":\"" + phone + "\"}");
        return match(CODE, smsTo(phone).getLast());
    }

    private List<String> smsTo(String phone) {
        return jdbc.queryForList(
                "select body from outbox_message where address = ? and channel = 'SMS' order by id",
                String.class,
                phone);
    }

    private long reviewTask(long id) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> openTask(id), t -> t != null);
    }

    private Long openTask(long id) {
        return jdbc
                .queryForList(
                        "select job_key from task where business_key = ? and status = 'OPEN'",
                        Long.class,
                        "merchant-registration-" + id)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The foundation decides a sign-up's review task. */
    private void review(long task, String decision) {
        bad.ok("POST", "/api/v1/tasks/" + task + "/complete", foundation, decision);
    }

    /** The foundation approves the sign-up and waits until it is through. */
    private void approve(long id, long task) {
        review(task, APPROVE);
        awaitStatus(id, "APPROVED");
    }

    private String reviewRefused(long task, String decision, Supplier<?> state) {
        return bad.refusedPost(
                400, "/api/v1/tasks/" + task + "/complete", foundation, decision, state);
    }

    private String revisionRefused(
            int status, String token, Map<String, Object> form, Supplier<?> state) {
        return bad.refused(status, "PUT", API + "/revisions/" + token, null, json(form), state)
                .body();
    }

    private void awaitStatus(long id, String expected) {
        await().atMost(Duration.ofSeconds(60)).until(() -> status(id).equals(expected));
    }

    private long accountsNamed(String username) {
        return jdbc.queryForObject(
                "select count(*) from app_user where username = ?", Long.class, username);
    }

    private String status(long id) {
        return jdbc.queryForObject(
                "select status from merchant_registration where id = ?", String.class, id);
    }

    private void assertSignsIn(String why) {
        assertThat(signInStatus(username, PASSWORD)).as(why).isEqualTo(200);
    }

    private int signInStatus(String user, String password) {
        return LocalHttp.get(port, "/api/v1/me", BasicAuth.of(user, password)).statusCode();
    }

    private static String match(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as(text).isTrue();
        return m.group(1);
    }

    private static String json(Map<String, Object> form) {
        return JsonMapper.shared().writeValueAsString(form);
    }

    private static String businessNumber() {
        return BusinessNumber.completing("220811234").value();
    }

    private static String wrongCheckDigit() {
        String good = businessNumber();
        char last = good.charAt(good.length() - 1);
        return good.substring(0, good.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

    private static String newPhone() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "010-%04d-%04d".formatted(r.nextInt(10_000), r.nextInt(10_000));
    }
}
