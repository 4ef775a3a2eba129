package org.sangsaeng.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.sangsaeng.web.BadInput.json;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sangsaeng.web.BadInput;
import org.sangsaeng.web.BadInputTest;

/**
 * The coupon and customer API refuses what it cannot take, a code used twice or too late, and
 * changes nothing then.
 */
class CouponApiBadInputIntegrationTests extends BadInputTest {

    Supplier<?> shop;

    @BeforeEach
    void givenAShopOwner() {
        long owner =
                jdbc.queryForObject(
                        "select id from app_user where username = ?", Long.class, f.member());
        shop =
                bad.rows(
                        "select 'c', id, name, phone, tags from regular_customer where owner_id = ?"
                                + " union all select 'k', id, title, description, state from coupon where coop_id = ?"
                                + " union all select 'r', r.id, r.purchase_won, r.discount_won, null from coupon_redemption r"
                                + " join coupon_issue i on i.id = r.issue_id join coupon c on c.id = i.coupon_id where c.coop_id = ?"
                                + " union all select 'm', id, text, null, null from shop_message where owner_id = ? order by 1, 2",
                        owner,
                        f.coopId(),
                        f.coopId(),
                        owner);
    }

    static String customer(String name, String phone) {
        return "{\"name\":"
                + json(name)
                + ",\"phone\":"
                + json(phone)
                + ",\"consentOn\":\""
                + LocalDate.now().minusDays(3)
                + "\",\"consentText\":\"쿠폰과 새 상품 문자 수신에 동의합니다\",\"tags\":\"vip\"}";
    }

    String coupon() {
        Instant now = Instant.now();
        return "{\"coopId\":"
                + f.coopId()
                + ",\"title\":\"단골 감사 쿠폰\",\"description\":\"정육 2,000원 할인\","
                + "\"discountType\":\"FIXED\",\"discountWon\":2000,\"minimumPurchaseWon\":10000,\"validFrom\":\""
                + now.minusSeconds(60)
                + "\",\"validTo\":\""
                + now.plus(Duration.ofDays(7))
                + "\",\"totalQuantity\":100,"
                + "\"perCustomerLimit\":1,\"audience\":\"REGULARS\",\"audienceTag\":null,\"coopWide\":false}";
    }

    @Test
    void garbageIsRefusedOnEveryWriteEndpoint() {
        bad.refusesGarbage("POST", "/api/v1/customers", f.member(), shop);
        bad.refusesGarbage("POST", "/api/v1/coupons", f.member(), shop);
        bad.refusesGarbage("POST", "/api/v1/redemptions", f.member(), shop);
        bad.refusesGarbage("POST", "/api/v1/shop-messages", f.member(), shop);
        bad.refused(
                413,
                () ->
                        bad.send(
                                "POST",
                                "/api/v1/customers/import?commit=true",
                                f.member(),
                                "text/csv",
                                "name,phone,consent_on,consent_text,tags\n"
                                        + "김단골,010-1111-2222,2026-01-01,동의,vip\n".repeat(40_000)),
                shop);
    }

    static Stream<Arguments> badCustomers() {
        return Stream.of(
                Arguments.of("blank name", customer(" ", "010-1111-2222")),
                Arguments.of("name too long", customer("가".repeat(101), "010-1111-2222")),
                Arguments.of("not a phone number", customer("김단골", "call me")),
                Arguments.of("SQL as phone number", customer("김단골", BadInput.SQL)),
                Arguments.of(
                        "consent in the future",
                        customer("김단골", "010-1111-2222")
                                .replace(
                                        LocalDate.now().minusDays(3).toString(),
                                        LocalDate.now().plusDays(3).toString())),
                Arguments.of(
                        "consent not a date",
                        BadInput.with(customer("김단골", "010-1111-2222"), "consentOn", "\"어제\"")),
                Arguments.of(
                        "no consent text",
                        BadInput.with(customer("김단골", "010-1111-2222"), "consentText", "null")),
                Arguments.of(
                        "tags too long",
                        BadInput.with(
                                customer("김단골", "010-1111-2222"), "tags", json("태그".repeat(300)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCustomers")
    void badCustomersAreRefusedWithAMessage(String what, String body) {
        bad.refused(400, "POST", "/api/v1/customers", f.member(), body, shop);
    }

    static Stream<Arguments> badCoupons() {
        return Stream.of(
                Arguments.of("unknown discount type", "discountType", "\"HALF_PRICE\""),
                Arguments.of("discount above the minimum", "discountWon", "20000"),
                Arguments.of("discount as text", "discountWon", "\"이천원\""),
                Arguments.of("no quantity", "totalQuantity", "0"),
                Arguments.of("quantity beyond int", "totalQuantity", "99999999999"),
                Arguments.of("ends before it starts", "validTo", "\"2020-01-01T00:00:00Z\""),
                Arguments.of("blank title", "title", "\"\""),
                Arguments.of("title too long", "title", json("가".repeat(201))),
                Arguments.of("description too long", "description", json("가".repeat(2001))),
                Arguments.of("unknown audience", "audience", "\"EVERYONE_IN_KOREA\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCoupons")
    void badCouponsAreRefusedWithAMessage(String what, String field, String value) {
        bad.refused(
                400,
                "POST",
                "/api/v1/coupons",
                f.member(),
                BadInput.with(coupon(), field, value),
                shop);
    }

    @Test
    void strangersUnknownIdsAndOtherCoopsAreRefused() {
        bad.refused(403, "POST", "/api/v1/coupons", f.otherLeader(), coupon(), shop);
        bad.refused(403, "POST", "/api/v1/coupons", f.applicant(), coupon(), shop);
        bad.refused(404, "GET", "/api/v1/coupons/987654321", f.member(), null, shop);
        bad.refused(
                403,
                "GET",
                "/api/v1/coops/" + f.coopId() + "/coupons",
                f.otherLeader(),
                null,
                shop);
        refusedRedemption(404, f.member(), "ZZZZZZZZ", "20000");
        refusedRedemption(400, f.member(), "ZZZZZZZZ", "\"많이\"");
        bad.refused(400, "POST", "/api/v1/shop-messages", f.member(), "{\"text\":\" \"}", shop);
        bad.refused(
                400,
                "POST",
                "/api/v1/shop-messages",
                f.member(),
                "{\"text\":" + json("가".repeat(1001)) + "}",
                shop);
        bad.refused(
                400,
                () ->
                        bad.send(
                                "POST",
                                "/api/v1/customers/import",
                                f.member(),
                                "text/csv",
                                "이름,전화\n김,010"),
                shop);
    }

    @Test
    void aCodeIsRedeemedOnceAndNotAfterTheCouponEnds() {
        bad.ok("POST", "/api/v1/customers", f.member(), customer("김단골", "010-1111-2222"));
        bad.ok("POST", "/api/v1/customers", f.member(), customer("이단골", "010-3333-4444"));
        long id = BadInput.id(bad.ok("POST", "/api/v1/coupons", f.member(), coupon()));
        String open = "select job_key from task where status = 'OPEN' and business_key = ?";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> !jdbc.queryForList(open, Long.class, "coupon-" + id).isEmpty());
        bad.ok(
                "POST",
                "/api/v1/tasks/"
                        + jdbc.queryForList(open, Long.class, "coupon-" + id).getFirst()
                        + "/complete",
                f.leader(),
                "{\"decision\":\"APPROVE\"}");
        String codes = "select code from coupon_issue where coupon_id = ? order by id";
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForList(codes, String.class, id).size() == 2);
        String code = jdbc.queryForList(codes, String.class, id).get(0);

        refusedRedemption(409, f.otherLeader(), code, "20000");
        refusedRedemption(400, f.member(), code, "9000");
        refusedRedemption(400, f.member(), code, "-1");
        bad.ok(
                "POST",
                "/api/v1/redemptions",
                f.member(),
                "{\"code\":\"" + code + "\",\"purchaseWon\":15000}");
        refusedRedemption(409, f.member(), code, "15000");

        jdbc.update(
                "update coupon set valid_to = ? where id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                id);
        String other = jdbc.queryForList(codes, String.class, id).get(1);
        refusedRedemption(409, f.member(), other, "15000");
    }

    @Test
    void guessingCodesAtTheCounterIsSlowedDown() {
        for (int i = 0; i < 10; i++) {
            refusedRedemption(404, f.leader(), "GUESS" + i, "20000");
        }
        refusedRedemption(429, f.leader(), "GUESS10", "20000");
        refusedRedemption(404, f.member(), "GUESS11", "20000");
    }

    @ParameterizedTest
    @MethodSource("org.sangsaeng.web.BadInput#hostileTexts")
    void scriptAndSqlAreKeptAsPlainText(String hostile) {
        noSqlRunBy(
                () -> {
                    bad.ok(
                            "POST",
                            "/api/v1/customers",
                            f.member(),
                            customer(hostile, "010-1111-2222"));
                    String body =
                            BadInput.with(
                                    BadInput.with(coupon(), "title", json(hostile)),
                                    "description",
                                    json(hostile));
                    var read =
                            BadInput.tree(
                                    bad.ok(
                                            "GET",
                                            "/api/v1/coupons/"
                                                    + BadInput.id(
                                                            bad.ok(
                                                                    "POST",
                                                                    "/api/v1/coupons",
                                                                    f.member(),
                                                                    body)),
                                            f.member(),
                                            null));
                    assertThat(read.get("title").asString()).isEqualTo(hostile);
                    assertThat(read.get("description").asString()).isEqualTo(hostile);
                    assertThat(
                                    BadInput.tree(
                                                    bad.ok(
                                                            "GET",
                                                            "/api/v1/customers",
                                                            f.member(),
                                                            null))
                                            .get(0)
                                            .get("name")
                                            .asString())
                            .isEqualTo(hostile);
                });
    }

    /** A redemption of {@code code} for {@code purchaseWon} (JSON), refused with {@code status}. */
    private void refusedRedemption(int status, String user, String code, String purchaseWon) {
        bad.refused(
                status,
                "POST",
                "/api/v1/redemptions",
                user,
                "{\"code\":\"" + code + "\",\"purchaseWon\":" + purchaseWon + "}",
                shop);
    }
}
