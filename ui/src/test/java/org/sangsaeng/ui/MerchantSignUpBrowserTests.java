package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.membership.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A merchant signs up on a phone from the sign-in page with the code from the SMS, the foundation
 * approves in its task list, and the merchant signs in with the password they chose and applies to
 * the co-op of their market.
 */
class MerchantSignUpBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMerchantSignsUpOnAPhoneIsApprovedAndAppliesToACoop() {
        Fixtures f = Fixtures.create(accounts, coops);
        String foundation = "fd-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAccount(foundation, Fixtures.PASSWORD, "정재단", Set.of(Role.FOUNDATION));
        String market = coops.get(f.coopId()).marketName();
        String username = "choi-" + UUID.randomUUID().toString().substring(0, 6);
        String number =
                "010-%04d-%04d"
                        .formatted(
                                ThreadLocalRandom.current().nextInt(10_000),
                                ThreadLocalRandom.current().nextInt(10_000));
        String password = "떡집 옆 빵집 둘째 딸";
        int screens = 1;

        Page phone = browser.newPage(390, 844);
        // The login page, then the sign-up page: the code is asked for on the same page.
        new SetUpSteps(port)
                .signUpUntilCodeSent(phone, "최윤희", "윤희네 빵집", "제과점", market, "220811234", number);
        screens++;
        String sms =
                jdbc.queryForObject(
                        "select body from outbox_message where address = ? and channel = 'SMS'"
                                + " order by id desc limit 1",
                        String.class,
                        number);
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(sms);
        org.assertj.core.api.Assertions.assertThat(code.find()).as(sms).isTrue();
        phone.locator("#signup-code input").fill(code.group(1));
        phone.locator("#signup-username input").fill(username);
        phone.locator("#signup-password input").fill(password);
        phone.locator("#signup-repeat input").fill(password);
        phone.locator("#signup-submit").click();
        assertThat(phone.getByText("개인정보 수집·이용에 동의해 주셔야")).isVisible();
        phone.locator("#signup-consent").click();
        phone.locator("#signup-submit").click();
        assertThat(phone.locator("#signup-received")).containsText("문자로 알려 드립니다");
        screens++;
        screenshot(phone, "merchant-sign-up-phone");
        System.out.println(
                "FIGURE screens a merchant passes to sign up, from the login page: " + screens);

        long id =
                jdbc.queryForObject(
                        "select id from merchant_registration where username = ?",
                        Long.class,
                        username);
        long task =
                Awaitility.await()
                        .atMost(Duration.ofSeconds(60))
                        .until(
                                () ->
                                        jdbc
                                                .queryForList(
                                                        "select job_key from task where business_key = ? and status = 'OPEN'",
                                                        Long.class,
                                                        "merchant-registration-" + id)
                                                .stream()
                                                .findFirst()
                                                .orElse(0L),
                                k -> k > 0);
        Page office = browser.newPage(1280, 900);
        signIn(office, foundation);
        office.navigate("http://localhost:" + port + "/tasks/" + task);
        assertThat(office.locator("#registration-details")).containsText("윤희네 빵집");
        answerYes(office);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "select status from merchant_registration where id = ?",
                                                String.class,
                                                id)
                                        .equals("APPROVED"));

        login(phone, username, password);
        assertThat(phone.locator("#my-tasks-grid")).isVisible();
        phone.navigate("http://localhost:" + port + "/coops");
        phone.locator(".apply-" + f.coopId()).click();
        phone.locator("#apply-type").click();
        phone.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("제과점"))
                .click();
        phone.locator("#apply-shop input").fill("윤희네 빵집");
        phone.locator("#apply-send").click();
        assertThat(phone.locator("#my-applications-grid")).containsText("테스트조합");
    }
}
