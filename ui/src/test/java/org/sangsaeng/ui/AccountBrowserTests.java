package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member changes their password on a phone: a common one is refused with the reason, a good one
 * is taken.
 */
class AccountBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aMemberChangesTheirPasswordOnAPhone() {
        Fixtures f = Fixtures.create(accounts, coops);
        Page desktop = browser.newPage(1280, 900);
        signIn(desktop, f.member());
        Page phone = browser.newPage(390, 844);
        signIn(phone, f.member());
        phone.navigate("http://localhost:" + port + "/account");

        phone.locator("#current-password input").fill(Fixtures.PASSWORD);
        phone.locator("#new-password input").fill("1q2w3e4r5t");
        phone.locator("#repeat-password input").fill("1q2w3e4r5t");
        phone.locator("#change-password").click();
        assertThat(phone.getByText("너무 흔한 비밀번호라")).isVisible();

        phone.locator("#new-password input").fill("떡집 앞 은행나무 2026");
        phone.locator("#repeat-password input").fill("떡집 앞 은행나무 2025");
        phone.locator("#change-password").click();
        assertThat(phone.getByText("새 비밀번호와 같게 넣어 주세요")).isVisible();

        phone.locator("#repeat-password input").fill("떡집 앞 은행나무 2026");
        phone.locator("#change-password").click();
        assertThat(phone.getByText("비밀번호를 바꿨습니다")).isVisible();
        screenshot(phone, "account-password-phone");

        // The session on the other computer, signed in with the old password, has ended; the
        // phone's goes on.
        desktop.navigate("http://localhost:" + port + "/purchases");
        assertThat(desktop.locator("input[name='username']")).isVisible();
        phone.navigate("http://localhost:" + port + "/");
        assertThat(phone.locator("#my-tasks-grid")).isVisible();

        // The old password no longer signs in; the new one does.
        Page other = browser.newPage(390, 844);
        login(other, f.member(), Fixtures.PASSWORD);
        assertThat(other.locator("input[name='username']")).isVisible();
        assertThat(other.locator("#my-tasks-grid")).isHidden();
        login(other, f.member(), "떡집 앞 은행나무 2026");
        assertThat(other.locator("#my-tasks-grid")).isVisible();
    }

    @Test
    void signingOutEverywhereEndsEverySessionOfTheAccount() {
        Fixtures f = Fixtures.create(accounts, coops);
        Page desktop = browser.newPage(1280, 900);
        signIn(desktop, f.member());
        Page phone = browser.newPage(390, 844);
        signIn(phone, f.member());
        Page leader = browser.newPage(390, 844);
        signIn(leader, f.leader());

        phone.navigate("http://localhost:" + port + "/account");
        phone.locator("#sign-out-everywhere").click();
        assertThat(phone.locator("input[name='username']")).isVisible();
        desktop.navigate("http://localhost:" + port + "/");
        assertThat(desktop.locator("input[name='username']")).isVisible();
        leader.navigate("http://localhost:" + port + "/");
        assertThat(leader.locator("#my-tasks-grid"))
                .isVisible(); // another account's session goes on
    }

    @Test
    void aMemberWhoForgotTheirPasswordSetsANewOneWithTheCodeFromTheSms() {
        Fixtures f = Fixtures.create(accounts, coops);
        jdbc.update("update app_user set phone = '010-3456-7890' where username = ?", f.member());
        Page phone = browser.newPage(390, 844);
        phone.navigate("http://localhost:" + port + "/login");
        phone.getByText("비밀번호를 잊으셨나요?").click();

        phone.locator("#reset-username input").fill(f.member());
        phone.locator("#reset-send").click();
        assertThat(phone.locator("#reset-sent")).containsText("10분");
        String sms =
                jdbc.queryForObject(
                        "select o.body from outbox_message o join app_user u on u.id = o.recipient_id"
                                + " where u.username = ? and o.channel = 'SMS' order by o.id desc limit 1",
                        String.class,
                        f.member());
        java.util.regex.Matcher code =
                java.util.regex.Pattern.compile("\\b(\\d{6})\\b").matcher(sms);
        org.assertj.core.api.Assertions.assertThat(code.find()).as(sms).isTrue();

        phone.locator("#reset-code input")
                .fill(code.group(1).equals("000000") ? "111111" : "000000");
        phone.locator("#reset-password input").fill("정육점 옆 골목 셋째 집");
        phone.locator("#reset-repeat input").fill("정육점 옆 골목 셋째 집");
        phone.locator("#reset-confirm").click();
        assertThat(phone.getByText("코드가 맞지 않거나")).isVisible();

        phone.locator("#reset-code input").fill(code.group(1));
        phone.locator("#reset-confirm").click();
        assertThat(phone.locator("input[name='username']")).isVisible();
        screenshot(phone, "password-reset-phone");
        login(phone, f.member(), "정육점 옆 골목 셋째 집");
        assertThat(phone.locator("#my-tasks-grid")).isVisible();
    }
}
