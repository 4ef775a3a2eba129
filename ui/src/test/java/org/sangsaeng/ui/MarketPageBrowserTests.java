package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.board.BoardService;
import org.sangsaeng.board.PostForm;
import org.sangsaeng.board.PostKind;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.SharedCoupon;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A shop owner describes the shop on a phone, and a customer who got the market's link opens its
 * page on a phone without an account: picks a business type, reads a shop's hours and place, and
 * follows a coupon's link to its page.
 */
class MarketPageBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired CouponService coupons;
    @Autowired CouponQueries couponQueries;
    @Autowired TaskInbox inbox;
    @Autowired BoardService board;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void anOwnerDescribesTheShopAndACustomerFindsItByTypeOnAPhone() {
        Fixtures f = Fixtures.create(accounts, coops);
        long market = coops.get(f.coopId()).marketId();
        long shopId =
                jdbc.queryForObject(
                        "select m.id from membership m join app_user u on u.id = m.user_id"
                                + " where u.username = ?",
                        Long.class,
                        f.member());
        SharedCoupon.publish(coupons, couponQueries, inbox, f, "장날 정육 할인");
        Fixtures.signIn(f.leader());
        long notice =
                board.post(
                                f.coopId(),
                                new PostForm(
                                        PostKind.NOTICE,
                                        "설 대목 장날 안내",
                                        "설 전 토요일에는 모든 가게가 저녁 9시까지 엽니다.",
                                        java.util.List.of()))
                        .id();
        Fixtures.signOut();

        // The leader shows the notice on the market's page, on a phone.
        Page leader = browser.newPage(390, 844);
        signIn(leader, f.leader());
        leader.navigate("http://localhost:" + port + "/board/post/" + notice);
        leader.locator("#post-public").click();
        assertThat(leader.locator("#post-public")).hasText("시장 공개 페이지에서 내리기");

        // The butcher, on a phone: a description too long is refused by name and nothing is saved.
        Page owner = browser.newPage(390, 844);
        signIn(owner, f.member());
        owner.navigate("http://localhost:" + port + "/my-shop");
        String shop = "#shop-" + shopId;
        owner.locator(shop + "-hours input").fill("매일 09:00-20:00, 월요일 휴무");
        owner.locator(shop + "-place input").fill("A동 12호");
        owner.locator(shop + "-description textarea").fill("가".repeat(301));
        owner.locator(shop + "-save").click();
        assertThat(owner.locator(shop + "-error")).containsText("300자 이내");
        Integer stored =
                jdbc.queryForObject(
                        "select count(*) from membership where id = ? and shop_place is not null",
                        Integer.class,
                        shopId);
        org.assertj.core.api.Assertions.assertThat(stored).as("nothing saved").isZero();
        owner.locator(shop + "-description textarea").fill("1++ 한우와 국내산 돼지고기를 원하시는 만큼 썰어 드립니다.");
        owner.locator(shop + "-phone input").fill("0317532280");
        owner.locator(shop + "-save").click();
        assertThat(owner.locator(shop + "-phone input")).hasValue("031-753-2280");
        assertThat(owner.locator(shop + "-error")).isEmpty();
        assertThat(owner.locator(shop + "-market-page"))
                .hasText(Pattern.compile("/market/" + market + "$"));
        screenshot(owner, "my-shop-phone");

        // A customer, no account, on a phone.
        Page phone = browser.newPage(390, 844);
        phone.navigate("http://localhost:" + port + "/market/" + market);
        assertThat(phone.locator("#market-name")).hasText(Pattern.compile("^테스트시장-"));
        assertThat(phone.locator("#market-shop-count")).hasText("가게 3곳");
        assertThat(phone.locator("#notice-" + notice))
                .containsText("설 전 토요일에는 모든 가게가 저녁 9시까지 엽니다.");
        phone.locator("#type-BUTCHER").click();
        assertThat(phone).hasURL(Pattern.compile("/market/" + market + "\\?type=BUTCHER$"));
        assertThat(phone.locator("#market-shop-count")).hasText("정육점 1곳");
        Locator butcher = phone.locator("#shop-" + shopId);
        assertThat(butcher.locator(".shop-name")).hasText("박씨네");
        assertThat(butcher.locator(".shop-hours")).hasText("영업시간: 매일 09:00-20:00, 월요일 휴무");
        assertThat(butcher.locator(".shop-place")).hasText("위치: A동 12호");
        assertThat(butcher.locator(".shop-phone")).hasAttribute("href", "tel:0317532280");
        assertThat(phone.locator(".shop-name")).hasText(new String[] {"박씨네"});
        assertNoSidewaysScrolling(phone);
        screenshot(phone, "market-page-phone");

        phone.locator("#market-coupons a")
                .filter(new Locator.FilterOptions().setHasText("장날 정육 할인"))
                .click();
        assertThat(phone.locator("#coupon-title")).hasText("장날 정육 할인");
        assertThat(phone.getByText("남은 쿠폰 50장")).isVisible();

        // Back to the market from the coupon, to every shop: the bakery told nothing yet, and says
        // so politely.
        phone.locator("#market-page-link").click();
        assertThat(phone).hasURL(Pattern.compile("/market/" + market + "$"));
        phone.locator("#type-BAKERY").click();
        assertThat(phone.locator("#market-shop-count")).hasText("제과점 1곳");
        phone.locator("#type-ALL").click();
        assertThat(phone.locator(".shop-name")).hasText(new String[] {"강씨 수산", "박씨네", "태평당"});
        assertThat(
                        phone.locator(".market-card")
                                .filter(new Locator.FilterOptions().setHasText("태평당"))
                                .locator(".shop-hours"))
                .hasText("영업시간: 가게에 물어보세요");
    }

    @Test
    void aMarketWithoutShopsSaysSoAndAWrongOneIsNotFound() {
        String s = Long.toString(System.nanoTime(), 36);
        long empty = coops.get(coops.createCoop("빈시장-" + s, "성남시 중원구", "빈조합-" + s, "")).marketId();
        Page phone = browser.newPage(390, 844);
        phone.navigate("http://localhost:" + port + "/market/" + empty);
        assertThat(phone.locator("#market-name")).hasText("빈시장-" + s);
        assertThat(phone.locator("#market-no-shops")).containsText("아직");
        assertThat(phone.locator("#market-coupons")).containsText("받을 수 있는 쿠폰이 없습니다");
        phone.navigate("http://localhost:" + port + "/market/999999999");
        assertThat(phone.locator("#market-not-found")).containsText("시장을 찾을 수 없습니다");
    }

    private static void assertNoSidewaysScrolling(Page page) {
        Object wider =
                page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        org.assertj.core.api.Assertions.assertThat(wider)
                .as("the page fits a 390 px wide phone")
                .isEqualTo(false);
    }
}
