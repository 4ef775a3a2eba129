package org.sangsaeng.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.shared.AccessDeniedException;
import org.sangsaeng.shared.BusinessException;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.sangsaeng.shared.TooManyAttemptsException;
import org.sangsaeng.tasks.TaskDetails;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.sangsaeng.web.BadInput;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Regular customers, coupons from draft to redemption, and shop messages, through services, inbox
 * and workers.
 */
class CouponsIntegrationTests extends CoopTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired CustomerService customers;
    @Autowired CouponService coupons;
    @Autowired CouponClaims claims;
    @Autowired CouponCounter counter;
    @Autowired CouponQueries queries;
    @Autowired CouponSteps steps;
    @Autowired ShopMessageService shopMessages;
    @Autowired TaskInbox inbox;

    @Test
    void customersAreImportedWithAPreviewListedMaskedAndExportedInFullToTheOwnerOnly() {
        Fixtures.signIn(f.member());
        String csv =
                CustomerService.CSV_HEADER
                        + "\n"
                        + "김단골,010-1234-5678,2026-11-01,문자 수신에 동의합니다,vip;정육\n"
                        + "이손님,02-123-4567,2026-11-01,동의,\n"
                        + "박손님,010-2222-3333,,,\n"
                        + "최손님,01033334444,2026-10-15,\"수신 동의, 언제든 거부 가능\",\n";
        ImportPreview preview = customers.importCsv(csv, false, Locale.KOREAN);
        assertThat(preview.accepted()).isEqualTo(2);
        assertThat(preview.rows())
                .extracting(ImportPreview.Row::line, ImportPreview.Row::maskedPhone)
                .contains(org.assertj.core.groups.Tuple.tuple(2, "010-****-5678"));
        assertThat(preview.rows().get(1).error()).contains("휴대전화 번호");
        assertThat(preview.rows().get(2).error()).contains("수신 동의");
        assertThat(customers.mine()).as("a preview stores nothing").isEmpty();

        customers.importCsv(csv, true, Locale.KOREAN);
        assertThat(customers.mine())
                .extracting(CustomerDetails::maskedPhone)
                .containsExactlyInAnyOrder("010-****-5678", "010-****-4444");
        assertThat(customers.exportCsv()).contains("010-1234-5678", "\"vip;정육\"");
        assertThatThrownBy(
                        () ->
                                customers.add(
                                        new CustomerForm(
                                                "김단골", "010-1234-5678", LocalDate.now(), "동의", "")))
                .hasMessage("error.customer.duplicate");

        Fixtures.signIn(f.applicant());
        assertThatThrownBy(() -> customers.mine()).isInstanceOf(AccessDeniedException.class);
        Fixtures.signIn(f.leader());
        assertThat(customers.mine()).as("another shop's customers are not the leader's").isEmpty();
    }

    @Test
    void anApprovedCouponReachesOptedInRegularsOnceAndIsRedeemedOnceAtTheCounter() {
        Fixtures.signIn(f.member());
        CustomerDetails kim = customers.add(customer("김단골", "010-1111-2222", "vip"));
        customers.add(customer("이손님", "010-3333-4444", ""));
        CustomerDetails gone = customers.add(customer("박손님", "010-5555-6666", "vip"));
        String optOut =
                jdbc.queryForObject(
                        "SELECT opt_out_token FROM regular_customer WHERE id = ?",
                        String.class,
                        gone.id());
        Fixtures.signOut();
        customers.optOut(optOut);

        Fixtures.signIn(f.member());
        assertThatThrownBy(
                        () ->
                                coupons.draft(
                                        form(
                                                DiscountType.FIXED,
                                                12_000L,
                                                null,
                                                null,
                                                10_000,
                                                false)))
                .hasMessage("error.coupon.discountAboveMinimum");
        assertThatThrownBy(
                        () ->
                                coupons.draft(
                                        withQuantity(
                                                form(
                                                        DiscountType.FIXED,
                                                        2_000L,
                                                        null,
                                                        null,
                                                        10_000,
                                                        false),
                                                0)))
                .hasMessage("error.coupon.quantity");
        long id = coupons.draft(form(DiscountType.FIXED, 2_000L, null, null, 10_000, false)).id();
        assertThat(queries.get(id).needsFoundation()).isFalse();

        TaskDetails review = taskOf(f.leader(), "coupon-review", "coupon-" + id);
        assertThatThrownBy(() -> inbox.complete(review.id(), Map.of("decision", "REJECT")))
                .hasMessage("error.coupon.reasonRequired");
        inbox.complete(review.id(), Map.of("decision", "APPROVE"));
        awaitState(id, CouponState.PUBLISHED);
        await().atMost(WAIT)
                .until(
                        () ->
                                count("SELECT COUNT(*) FROM coupon_issue WHERE coupon_id = ?", id)
                                        == 2);

        assertThat(
                        count(
                                "SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?",
                                "coupon:" + id + ":%"))
                .as("opted-in regulars only")
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE address = ?", "010-5555-6666"))
                .isZero();
        steps.publish(id);
        assertThat(count("SELECT COUNT(*) FROM coupon_issue WHERE coupon_id = ?", id))
                .as("publishing again")
                .isEqualTo(2);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?",
                                "coupon:" + id + ":%"))
                .isEqualTo(2);

        String code =
                jdbc.queryForObject(
                        "SELECT code FROM coupon_issue WHERE coupon_id = ? AND customer_id = ?",
                        String.class,
                        id,
                        kim.id());
        String token =
                jdbc.queryForObject(
                        "SELECT token FROM coupon_issue WHERE code = ?", String.class, code);
        Fixtures.signOut();
        PublicCoupon page = claims.publicCoupon(token, "198.51.100.7");
        assertThat(page.code()).isEqualTo(code);
        assertThat(page.usesLeft()).isEqualTo(1);

        Fixtures.signIn(f.otherLeader());
        assertThatThrownBy(() -> counter.redeem(code, 20_000))
                .hasMessage("error.coupon.foreignShop");
        Fixtures.signIn(f.member());
        assertThatThrownBy(() -> counter.redeem(code, 9_000))
                .hasMessage("error.coupon.belowMinimum");
        assertThatThrownBy(() -> counter.redeem("ZZZZZZZZ", 20_000))
                .isInstanceOf(NotFoundException.class);
        Redemption used = counter.redeem(code.toLowerCase(Locale.ROOT), 15_000);
        assertThat(used.discountWon()).isEqualTo(2_000);
        assertThatThrownBy(() -> counter.redeem(code, 15_000)).hasMessage("error.coupon.usedUp");

        CouponStats stats = queries.stats(id);
        assertThat(stats.issued()).isEqualTo(2);
        assertThat(stats.opened()).isEqualTo(1);
        assertThat(stats.redeemed()).isEqualTo(1);
        assertThat(stats.redemptionRatePercent()).isEqualTo(50);
        assertThat(stats.discountWon()).isEqualTo(2_000);
        assertThat(stats.shops())
                .singleElement()
                .satisfies(s -> assertThat(s.shopOwner()).isEqualTo(f.member()));

        String other =
                jdbc.queryForObject(
                        "SELECT code FROM coupon_issue WHERE coupon_id = ? AND code <> ?",
                        String.class,
                        id,
                        code);
        jdbc.update(
                "UPDATE coupon SET valid_to = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(1)),
                id);
        assertThatThrownBy(() -> counter.redeem(other, 20_000)).hasMessage("error.coupon.expired");
    }

    @Test
    void theSameCodeFiredFromManyCountersAtOnceIsRedeemedOnce() throws Exception {
        long id = publishedCoupon(false);
        String code =
                jdbc.queryForObject(
                        "SELECT code FROM coupon_issue WHERE coupon_id = ? LIMIT 1",
                        String.class,
                        id);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> tries = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            Callable<Boolean> attempt =
                    () -> {
                        Fixtures.signIn(f.member());
                        try {
                            counter.redeem(code, 20_000);
                            return true;
                        } catch (BusinessException
                                | org.springframework.dao.DataAccessException e) {
                            return false;
                        } finally {
                            Fixtures.signOut();
                        }
                    };
            tries.add(pool.submit(attempt));
        }
        int succeeded = 0;
        for (Future<Boolean> t : tries) {
            succeeded += t.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(succeeded).isEqualTo(1);
        assertThat(
                        count(
                                "SELECT COUNT(*) FROM coupon_redemption r JOIN coupon_issue i ON i.id = r.issue_id WHERE i.code = ?",
                                code))
                .isEqualTo(1);
    }

    @Test
    void aCoopWideCouponNeedsTheFoundationAndNobodyApprovesTheirOwnDraft() {
        Fixtures.signIn(f.leader());
        long own = coupons.draft(form(DiscountType.PERCENT, null, 10, 3_000L, 0, false)).id();
        TaskDetails review = taskOf(f.leader(), "coupon-review", "coupon-" + own);
        assertThatThrownBy(() -> inbox.complete(review.id(), Map.of("decision", "APPROVE")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("error.coupon.ownDraft");

        Fixtures.signIn(f.member());
        long wide = coupons.draft(form(DiscountType.FREE_ITEM, null, null, null, 0, true)).id();
        assertThat(queries.get(wide).needsFoundation()).isTrue();
        inbox.complete(
                taskOf(f.leader(), "coupon-review", "coupon-" + wide).id(),
                Map.of("decision", "APPROVE"));
        awaitState(wide, CouponState.FOUNDATION_REVIEW);
        String foundation = Fixtures.addFoundationOfficer(accounts, "foundation");
        inbox.complete(
                taskOf(foundation, "coupon-review", "coupon-" + wide).id(),
                Map.of("decision", "REJECT", "comment", "조합 전체 쿠폰은 총회 결정이 필요합니다"));
        awaitState(wide, CouponState.REJECTED);
        await().atMost(WAIT)
                .until(
                        () ->
                                count(
                                                "SELECT COUNT(*) FROM notification WHERE dedup_key = ?",
                                                "coupon-rejected:" + wide)
                                        == 1);
    }

    @Test
    void guessingCodesOrLinksIsSlowedDownWithoutSayingWhatExists() {
        Fixtures.signOut();
        String caller = "203.0.113." + (int) (Math.random() * 200);
        for (int i = 0; i < 10; i++) {
            String guess = "guess-" + i;
            assertThatThrownBy(() -> claims.publicCoupon(guess, caller))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("error.public.notFound");
        }
        assertThatThrownBy(() -> claims.publicCoupon("another", caller))
                .isInstanceOf(TooManyAttemptsException.class);
    }

    @Test
    void newProductMessagesRespectOptOutsAndTheDailyCap() {
        Fixtures.signIn(f.member());
        customers.add(customer("김단골", "010-7777-8888", ""));
        assertThatThrownBy(() -> shopMessages.send(" ")).isInstanceOf(InvalidInputException.class);
        assertThat(shopMessages.send("새로 나온 한우 불고기 세트, 이번 주 10% 할인!").recipients()).isEqualTo(1);
        assertThat(shopMessages.send("오후 5시 마감 세일").recipients()).isEqualTo(1);
        ShopMessageService.Sent third = shopMessages.send("오늘 하루 한 번 더");
        assertThat(third.recipients()).isZero();
        assertThat(third.skipped()).as("the daily cap of 2").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE address = ?", "010-7777-8888"))
                .isEqualTo(2);
    }

    @Test
    void theDailyCapHoldsForMessagesSentAtOnceAndCountsCouponsToo() throws Exception {
        Fixtures.signIn(f.member());
        List<String> phones = List.of("010-4100-0001", "010-4100-0002", "010-4100-0003");
        phones.forEach(p -> customers.add(customer("단골", p, "")));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<ShopMessageService.Sent>> sends = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = "장날 특가 " + i;
            sends.add(
                    pool.submit(
                            () -> {
                                Fixtures.signIn(f.member());
                                try {
                                    return shopMessages.send(text);
                                } finally {
                                    Fixtures.signOut();
                                }
                            }));
        }
        int recipients = 0;
        int skipped = 0;
        for (Future<ShopMessageService.Sent> sent : sends) {
            recipients += sent.get().recipients();
            skipped += sent.get().skipped();
        }
        pool.shutdown();
        assertThat(recipients).as("2 a day for each of 3 customers").isEqualTo(6);
        assertThat(skipped).isEqualTo(12);
        for (String phone : phones) {
            assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE address = ?", phone))
                    .isEqualTo(2);
        }
        assertThat(
                        jdbc.queryForList(
                                "SELECT body FROM outbox_message WHERE address = ?",
                                String.class,
                                phones.get(0)))
                .allMatch(
                        body -> body.startsWith("(광고)[박씨네] 장날 특가 ") && body.contains("\n무료수신거부: "));

        // A coupon is an advertisement too: the three had theirs today; a new regular gets it.
        Fixtures.signIn(f.member());
        customers.add(customer("새단골", "010-4100-0004", ""));
        long id = coupons.draft(form(DiscountType.FIXED, 2_000L, null, null, 10_000, false)).id();
        inbox.complete(
                taskOf(f.leader(), "coupon-review", "coupon-" + id).id(),
                Map.of("decision", "APPROVE"));
        awaitState(id, CouponState.PUBLISHED);
        assertThat(count("SELECT COUNT(*) FROM coupon_issue WHERE coupon_id = ?", id)).isEqualTo(1);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT body FROM outbox_message WHERE idempotency_key LIKE ?",
                                String.class,
                                "coupon:" + id + ":%"))
                .startsWith("(광고)[박씨네] 단골 감사 쿠폰 ")
                .contains("/c/")
                .contains("\n무료수신거부: ")
                .contains("/out/");
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE address = ?", phones.get(0)))
                .isEqualTo(2);
    }

    @Test
    void theTaskListSaysWhichCouponAReviewIsAbout() {
        Fixtures.signIn(f.member());
        long id = coupons.draft(form(DiscountType.PERCENT, null, 10, 3_000L, 0, false)).id();

        TaskDetails review = taskOf(f.leader(), "coupon-review", "coupon-" + id);
        assertThat(review.subject()).isEqualTo("단골 감사 쿠폰");
        assertThat(inbox.get(review.id()).subject()).isEqualTo("단골 감사 쿠폰");
        var listed =
                BadInput.tree(
                                new BadInput(port, jdbc)
                                        .ok(
                                                "GET",
                                                "/api/v1/tasks?processId=coupon-approval",
                                                f.leader(),
                                                null))
                        .get("items");
        assertThat(listed.valueStream().map(t -> t.get("subject").asString()))
                .contains("쿠폰 승인: 단골 감사 쿠폰");
    }

    private long publishedCoupon(boolean coopWide) {
        Fixtures.signIn(f.member());
        customers.add(
                customer(
                        "단골 " + UUID.randomUUID().toString().substring(0, 4),
                        "010-"
                                + (1000 + (int) (Math.random() * 8999))
                                + "-"
                                + (1000 + (int) (Math.random() * 8999)),
                        ""));
        long id = coupons.draft(form(DiscountType.FIXED, 1_000L, null, null, 5_000, coopWide)).id();
        inbox.complete(
                taskOf(f.leader(), "coupon-review", "coupon-" + id).id(),
                Map.of("decision", "APPROVE"));
        awaitState(id, CouponState.PUBLISHED);
        await().atMost(WAIT)
                .until(
                        () ->
                                count("SELECT COUNT(*) FROM coupon_issue WHERE coupon_id = ?", id)
                                        == 1);
        return id;
    }

    private CouponForm form(
            DiscountType type,
            Long won,
            Integer percent,
            Long cap,
            long minimum,
            boolean coopWide) {
        Instant now = Instant.now();
        return new CouponForm(
                f.coopId(),
                "단골 감사 쿠폰",
                "이번 주 정육 2,000원 할인",
                type,
                won,
                percent,
                cap,
                type == DiscountType.FREE_ITEM ? "떡 한 접시" : null,
                minimum,
                now.minusSeconds(60),
                now.plus(Duration.ofDays(7)),
                100,
                1,
                Audience.REGULARS,
                null,
                coopWide);
    }

    private static CouponForm withQuantity(CouponForm p, int quantity) {
        return new CouponForm(
                p.coopId(),
                p.title(),
                p.description(),
                p.discountType(),
                p.discountWon(),
                p.discountPercent(),
                p.discountCapWon(),
                p.freeItem(),
                p.minimumPurchaseWon(),
                p.validFrom(),
                p.validTo(),
                quantity,
                p.perCustomerLimit(),
                p.audience(),
                p.audienceTag(),
                p.coopWide());
    }

    private static CustomerForm customer(String name, String phone, String tags) {
        return new CustomerForm(
                name, phone, LocalDate.now().minusDays(3), "쿠폰과 새 상품 문자 수신에 동의합니다", tags);
    }

    private TaskDetails taskOf(String user, String formKey, String businessKey) {
        Fixtures.signIn(user);
        await().pollInSameThread()
                .atMost(WAIT)
                .until(
                        () ->
                                inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                                        .anyMatch(
                                                t ->
                                                        formKey.equals(t.formKey())
                                                                && businessKey.equals(
                                                                        t.businessKey())));
        return inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                .filter(t -> formKey.equals(t.formKey()) && businessKey.equals(t.businessKey()))
                .findFirst()
                .orElseThrow();
    }

    private void awaitState(long id, CouponState state) {
        Fixtures.signIn(f.member());
        await().pollInSameThread().atMost(WAIT).until(() -> queries.get(id).state() == state);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
