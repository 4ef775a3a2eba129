package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.CouponState;
import org.sangsaeng.coupons.CustomerForm;
import org.sangsaeng.coupons.CustomerService;
import org.sangsaeng.coupons.SharedCoupon;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A butcher drafts a coupon, the leader approves it, the customer opens it and the butcher redeems
 * it on a phone.
 */
class CouponBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired CustomerService customers;
    @Autowired CouponService coupons;
    @Autowired CouponQueries queries;
    @Autowired JdbcTemplate jdbc;

    @Test
    void draftApproveOpenAndRedeem() {
        Fixtures f = Fixtures.create(accounts, coops);
        Fixtures.signIn(f.member());
        customers.add(
                new CustomerForm(
                        "김단골", "010-4321-8765", LocalDate.now().minusDays(1), "문자 수신 동의", "vip"));
        Fixtures.signOut();

        Page butcher = browser.newPage(1280, 900);
        signIn(butcher, f.member());
        butcher.navigate("http://localhost:" + port + "/coupons");
        butcher.locator("#coupon-new").click();
        butcher.locator("#coupon-title-field input").fill("단골 감사 2,000원 할인");
        butcher.locator("#coupon-won input").fill("2000");
        butcher.locator("#coupon-minimum input").fill("10000");
        butcher.locator("#coupon-submit").click();
        assertThat(butcher.locator("#coupon-heading")).hasText("단골 감사 2,000원 할인");
        assertThat(butcher.locator("#coupon-state")).containsText("조합장 승인 대기");
        // The page shows before the browser's address changes.
        assertThat(butcher).hasURL(Pattern.compile(".*/coupons/\\d+"));
        long id = Long.parseLong(butcher.url().replaceAll(".*/coupons/(\\d+).*", "$1"));

        Page leader = browser.newPage(1280, 900);
        signIn(leader, f.leader());
        approveTheCoupon(leader, "2,000원 할인 (10,000원 이상 구매 시)");

        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                queries.get(id).state() == CouponState.PUBLISHED
                                        && jdbc.queryForObject(
                                                        "SELECT COUNT(*) FROM coupon_issue WHERE coupon_id = ?",
                                                        Integer.class,
                                                        id)
                                                == 1);
        Fixtures.signOut();
        String token =
                jdbc.queryForObject(
                        "SELECT token FROM coupon_issue WHERE coupon_id = ?", String.class, id);
        String code =
                jdbc.queryForObject(
                        "SELECT code FROM coupon_issue WHERE coupon_id = ?", String.class, id);

        Page customer = browser.newPage(390, 844);
        customer.navigate("http://localhost:" + port + "/c/" + token);
        assertThat(customer.locator("#coupon-code")).hasText(code);
        assertThat(customer.locator("img[alt='" + code + "']")).isVisible();
        screenshot(customer, "coupon-public");
        customer.navigate("http://localhost:" + port + "/c/not-a-real-token");
        assertThat(customer.locator("#coupon-refused")).containsText("찾는 쿠폰이나 링크가 없습니다");

        Page counter = browser.newPage(390, 844);
        signIn(counter, f.member());
        counter.navigate("http://localhost:" + port + "/redeem");
        counter.locator("#redeem-scan").click();
        // Headless Chromium has no barcode reader: it says so, and the code is typed.
        assertThat(counter.locator("vaadin-notification-card").first()).containsText("번호를 입력해 주세요");
        counter.locator("#redeem-code input").fill(code.toLowerCase());
        counter.locator("#redeem-purchase input").fill("15000");
        counter.locator("#redeem-submit").click();
        assertThat(counter.locator("#redeem-result")).containsText("2,000원 할인, 받을 돈 13,000원");
        screenshot(counter, "coupon-redeemed");
        counter.locator("#redeem-code input").fill(code);
        counter.locator("#redeem-submit").click();
        assertThat(
                        counter.locator("vaadin-notification-card")
                                .filter(new Locator.FilterOptions().setHasText("이미 다 쓴 쿠폰")))
                .isVisible();
    }

    @Test
    void aCustomerOpensASharedLinkOnAPhoneSeesTheOfferPassesItOnAndTakesACoupon() {
        Fixtures f = Fixtures.create(accounts, coops);
        long id = SharedCoupon.draft(coupons, f, "장날 정육 할인");
        Page leader = browser.newPage(390, 844);
        signIn(leader, f.leader());
        approveTheCoupon(leader, "장날 정육 할인");
        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> queries.get(id).state() == CouponState.PUBLISHED);
        Fixtures.signOut();
        String link =
                jdbc.queryForObject(
                        "SELECT public_token FROM coupon WHERE id = ?", String.class, id);

        Page customer = browser.newPage(390, 844);
        customer.navigate("http://localhost:" + port + "/c/p/" + link);
        assertThat(customer.locator("#coupon-title")).hasText("장날 정육 할인");
        assertThat(customer.getByText("2,000원 할인 (10,000원 이상 구매 시)")).isVisible();
        assertThat(customer.getByText("남은 쿠폰 50장")).isVisible();
        assertThat(customer.locator("#coupon-address"))
                .hasText(Pattern.compile("^https?://.+/c/p/" + link + "$"));
        customer.locator("#coupon-share").click();
        // Desktop Chromium has no share sheet: the address is copied, or the page says how to copy
        // it.
        assertThat(customer.locator("#coupon-share-result")).hasText(Pattern.compile("복사"));
        screenshot(customer, "coupon-shared-link");

        customer.locator("#coupon-claim").click();
        assertThat(customer.locator("#coupon-code")).isVisible();
        assertThat(customer).hasURL(Pattern.compile(".*/c/[A-Za-z0-9_-]+$"));
    }

    /**
     * The leader opens the coupon's approval task from their list, sees {@code shown} on it,
     * approves and is back at the list.
     */
    private static void approveTheCoupon(Page leader, String shown) {
        Locator task =
                leader.locator("vaadin-grid-cell-content")
                        .filter(new Locator.FilterOptions().setHasText("쿠폰 승인"));
        assertThat(task.first()).isVisible();
        task.first().click();
        assertThat(leader.getByText(shown).first()).isVisible();
        leader.locator("#coupon-decision vaadin-radio-button").first().click();
        leader.locator("#complete-task").click();
        assertThat(leader.locator("#my-tasks-grid")).isVisible();
    }
}
