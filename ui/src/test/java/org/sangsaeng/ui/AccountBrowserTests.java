package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;

/** A member changes their password on a phone: a common one is refused with the reason, a good one is taken. */
class AccountBrowserTests extends BrowserTest {

    @Autowired
    AccountService accounts;
    @Autowired
    CoopService coops;

    @Test
    void aMemberChangesTheirPasswordOnAPhone() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
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

        org.assertj.core.api.Assertions.assertThat(me(f.member(), "떡집 앞 은행나무 2026")).isEqualTo(200);
        org.assertj.core.api.Assertions.assertThat(me(f.member(), Fixtures.PASSWORD)).isEqualTo(401);
    }

    private int me(String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
