package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.sangsaeng.shared.BusinessNumber;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An admin on a phone sets up a market, a co-op in it and a supplier; a mistyped business number is
 * refused.
 */
class AdministrationBrowserTests extends BrowserTest {

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired AccountService accounts;

    @Test
    void anAdminSetsUpAMarketACoopAndASupplierOnAPhone() {
        String s = UUID.randomUUID().toString().substring(0, 6);
        String admin = "admin-" + s;
        accounts.createAccount(admin, Fixtures.PASSWORD, "관리자", Set.of(Role.ADMIN));
        Page phone = browser.newPage(390, 844);
        signIn(phone, admin);
        assertThat(phone.locator("#nav-admin")).isAttached();

        phone.navigate("http://localhost:" + port + "/admin/markets");
        phone.locator("#markets-new").click();
        phone.locator("#market-name input").fill("모란시장-" + s);
        phone.locator("#market-district input").fill("성남시 중원구");
        phone.locator("#market-address input").fill("경기도 성남시 중원구 둔촌대로 68");
        phone.locator("#market-save").click();
        assertThat(phone.locator("#market-name")).isHidden();
        phone.locator("#markets-search input").fill(s);
        assertThat(phone.locator("#markets-grid").getByText("모란시장-" + s)).isVisible();
        // The market's public page, to pass on to its merchants and customers.
        long market =
                jdbc.queryForObject(
                        "select id from market where name = ?", Long.class, "모란시장-" + s);
        assertThat(phone.locator("#market-page-" + market))
                .hasText(java.util.regex.Pattern.compile("^https?://.+/market/" + market + "$"));

        phone.navigate("http://localhost:" + port + "/admin/coops");
        phone.locator("#coops-new").click();
        phone.locator("#coop-market input").fill("모란시장-" + s);
        phone.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("모란시장-" + s))
                .click();
        phone.locator("#coop-name input").fill("모란 상인협동조합-" + s);
        phone.locator("#coop-description textarea").fill("모란시장 상인들의 공동구매");
        phone.locator("#coop-save").click();
        assertThat(phone.locator("#coop-name")).isHidden();
        phone.locator("#coops-search input").fill(s);
        Locator coops = phone.locator("#coops-grid");
        assertThat(coops.getByText("모란 상인협동조합-" + s)).isVisible();
        assertThat(coops.getByText("모란시장-" + s)).isVisible();

        String number =
                BusinessNumber.completing(
                                String.format(
                                        "%09d",
                                        Math.floorMod(
                                                UUID.randomUUID().getLeastSignificantBits(),
                                                1_000_000_000L)))
                        .value();
        String mistyped =
                number.substring(0, 11) + (char) ('0' + (number.charAt(11) - '0' + 1) % 10);
        phone.navigate("http://localhost:" + port + "/admin/suppliers");
        phone.locator("#suppliers-new").click();
        phone.locator("#supplier-name input").fill("모란떡방앗간-" + s);
        phone.locator("#supplier-business-number input").fill(mistyped);
        phone.locator("#supplier-contact-person input").fill("이떡");
        phone.locator("#supplier-contact-phone input").fill("010-2345-6789");
        phone.locator("#supplier-goods textarea").fill("쌀 20kg, 떡 상자 50개 묶음");
        phone.locator("#supplier-save").click();
        assertThat(phone.getByText("마지막 자리(검증번호)가 맞지 않습니다").first()).isVisible();
        assertThat(phone.locator("#supplier-name")).isVisible();
        screenshot(phone, "admin-supplier-refused-phone");

        phone.locator("#supplier-business-number input").fill(number);
        phone.locator("#supplier-save").click();
        assertThat(phone.locator("#supplier-name")).isHidden();
        phone.locator("#suppliers-search input").fill(number);
        Locator suppliers = phone.locator("#suppliers-grid");
        assertThat(suppliers.getByText("모란떡방앗간-" + s)).isVisible();
        assertThat(suppliers.getByText(number)).isVisible();
        screenshot(phone, "admin-suppliers-phone");
    }
}
