package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.TestSystem;
import org.sangsaeng.db.TestDatabase;
import org.sangsaeng.purchase.PurchaseService;
import org.sangsaeng.purchase.Stage;
import org.sangsaeng.shared.BusinessNumber;
import org.sangsaeng.tasks.MyTaskList;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18's whole journey from an empty database without demo data: the administrator registers a
 * market and a supplier, whose clerk fills the catalogue; five merchants sign up themselves (the
 * first on the sign-up page, four through the same public API, each with the code from the SMS
 * channel), a foundation officer approves them, they found a co-op, elect its leader, and the
 * leader runs a group purchase from the catalogue to closed. The leader, a member, the supplier and
 * the officer act in the browser on phones; the other members answer through the task list's
 * service, as their phones would. Prints the time to the first co-op and to the closed purchase.
 */
// Not a BrowserTest: it needs an empty database of its own (see FirstInstallationBrowserTests).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "vaadin.productionMode=true")
@DirtiesContext
class FoundationJourneyBrowserTests {

    static final String ADMIN = "foundation-admin";
    static final Duration WAIT = Duration.ofSeconds(90);
    static final String MARKET = "단대 전통시장";
    static final String SUPPLIER = "단대제분";
    static final String COOP = "단대시장 상인협동조합";
    static final String PURCHASE = "추석 밀가루 공동구매";
    static final String[][] MERCHANTS = {
        {"kim.bakery", "김민지", "민지네 빵집", "BAKERY", "제과점"},
        {"park.butcher", "박정우", "박씨네 정육점", "BUTCHER", "정육점"},
        {"lee.banchan", "이순자", "이모네 반찬", "SIDE_DISHES", "반찬가게"},
        {"choi.tteok", "최영희", "최가네 떡집", "RICE_CAKES", "떡집"},
        {"jung.fruit", "정대호", "대호 과일", "FRUIT", "과일가게"}
    };
    static final String PASSWORD = "단대시장 아침 여섯 시 문 열기";

    static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskInbox inbox;
    @Autowired PurchaseService purchases;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @DynamicPropertySource
    static void emptyDatabaseAndFirstAdministrator(DynamicPropertyRegistry registry) {
        TestSystem.inMemoryEngine(registry, TestDatabase.newDatabase("journey"));
        registry.add("sangsaeng.admin.username", () -> ADMIN);
        registry.add("sangsaeng.admin.password", () -> Fixtures.PASSWORD);
    }

    @Test
    void fromAnEmptyDatabaseFiveMerchantsSignUpFoundACoopElectItsLeaderAndCloseAPurchase() {
        Instant started = Instant.now();
        SetUpSteps steps = new SetUpSteps(port);

        // The administrator: market, supplier with its clerk's account, a foundation officer.
        Page admin = browser.newPage(390, 844);
        BrowserTest.signIn(admin, port, ADMIN);
        steps.market(admin, MARKET, "성남시 중원구", "경기도 성남시 중원구 단대로 38");
        steps.supplier(admin, SUPPLIER, "314815672");
        admin.navigate("http://localhost:" + port + "/admin/accounts");
        String clerk = steps.newAccount(admin, "dandae.flour", "한정미", "010-4100-1001", "공급업체");
        String officer = steps.newAccount(admin, "officer.han", "한상권", "010-4100-1002", "재단");
        steps.linkSupplierAccount(admin, SUPPLIER, "dandae.flour");

        Page supplier = browser.newPage(390, 844);
        steps.ownPassword(supplier, "dandae.flour", clerk, "단대제분 강력분 스무 포대");
        steps.catalogueItem(supplier, "밀가루 20kg 포대 (강력분)", "kg", "20", "1550", "1,550원/kg");

        // Five merchants sign up: the first on a phone from the login page, four through the same
        // API.
        Page kim = browser.newPage(390, 844);
        signUpOnThePage(kim, MERCHANTS[0], "010-4200-0000");
        long marketId =
                jdbc.queryForObject("select id from market where name = ?", Long.class, MARKET);
        for (int i = 1; i < MERCHANTS.length; i++) {
            signUpThroughTheApi(MERCHANTS[i], "010-4200-000" + i, marketId, i);
        }
        phase(started, "five merchants signed up");

        // The officer approves each in the task list.
        Page office = browser.newPage(390, 844);
        steps.ownPassword(office, "officer.han", officer, "상권재단 심사 담당 한상권");
        for (String[] merchant : MERCHANTS) {
            long registration =
                    jdbc.queryForObject(
                            "select id from merchant_registration where username = ?",
                            Long.class,
                            merchant[0]);
            office.navigate(
                    "http://localhost:"
                            + port
                            + "/tasks/"
                            + openTask("merchant-registration-" + registration));
            assertThat(office.locator("#registration-details")).containsText(merchant[2]);
            BrowserTest.answerYes(office);
        }
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForObject(
                                                "select count(*) from app_user where username in"
                                                        + " ('kim.bakery', 'park.butcher', 'lee.banchan', 'choi.tteok', 'jung.fruit')",
                                                Integer.class)
                                        == 5);
        phase(started, "five sign-ups approved");

        // Kim proposes the co-op with the four others; the founder search knows their shops from
        // the sign-up.
        loginAs(kim, "kim.bakery");
        kim.navigate("http://localhost:" + port + "/foundings/new");
        kim.locator("#founding-market").click();
        kim.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(MARKET))
                .click();
        kim.locator("#founding-name input").fill(COOP);
        kim.locator("#founding-purpose textarea").fill("단대시장 가게들의 공동구매와 공동 홍보");
        for (int i = 1; i < MERCHANTS.length; i++) {
            kim.locator("#founding-search input").fill(MERCHANTS[i][1]);
            Locator add = kim.locator(".founding-add[data-username='" + MERCHANTS[i][0] + "']");
            assertThat(add).isVisible();
            add.click();
            Locator row = kim.locator(".founder-row[data-username='" + MERCHANTS[i][0] + "']");
            assertThat(row).isVisible();
            assertThat(row.locator(".founder-shop input")).hasValue(MERCHANTS[i][2]);
            assertThat(kim.locator("#founding-search input")).hasValue("");
        }
        kim.locator("#founding-propose").click();
        assertThat(kim.locator("#founding-state")).containsText("발기인 확인 중");
        // The page's address comes from the database: the browser may still show foundings/new.
        String foundingPage =
                "http://localhost:"
                        + port
                        + "/foundings/"
                        + jdbc.queryForObject(
                                "select id from coop_founding where name = ?", Long.class, COOP);
        phase(started, "co-op proposed");

        // Park confirms on his phone; the other three from theirs.
        Page park = browser.newPage(390, 844);
        loginAs(park, "park.butcher");
        steps.openTask(park, COOP);
        BrowserTest.answerYes(park);
        for (int i = 2; i < MERCHANTS.length; i++) {
            MyTaskList.complete(
                    inbox,
                    MERCHANTS[i][0],
                    "coop-founding-confirm",
                    Map.of("confirmed", true),
                    WAIT);
        }
        Fixtures.signOut();

        // The officer approves the founding; the co-op exists with rules v1 and its five founders.
        steps.openTask(office, COOP);
        BrowserTest.answerYes(office);
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForList(
                                                        "select id from coop where name = ?",
                                                        Long.class,
                                                        COOP)
                                                .size()
                                        == 1);
        long coopId = jdbc.queryForObject("select id from coop where name = ?", Long.class, COOP);
        System.out.printf(
                "FIGURE from the empty database to the first co-op founded by five signed-up merchants: %d s%n",
                Duration.between(started, Instant.now()).toSeconds());

        // The founders elect Kim: Park on his phone, the others from theirs.
        steps.openTask(park, "투표: " + COOP);
        park.locator("#vote-candidate vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(MERCHANTS[0][1]))
                .click();
        park.locator("#complete-task").click();
        backToTasks(park);
        for (String username : List.of("kim.bakery", "lee.banchan", "choi.tteok", "jung.fruit")) {
            MyTaskList.complete(
                    inbox, username, "member-vote", Map.of("candidate", "kim.bakery"), WAIT);
        }
        Fixtures.signOut();
        await().atMost(WAIT)
                .until(
                        () ->
                                "LEADER"
                                        .equals(
                                                jdbc.queryForObject(
                                                        "select m.role from membership m join"
                                                                + " app_user u on u.id = m.user_id where m.coop_id = ? and u.username = 'kim.bakery'",
                                                        String.class,
                                                        coopId)));
        await().atMost(WAIT)
                .until(
                        () ->
                                jdbc.queryForList(
                                        "select u.username from leader_election e join app_user u"
                                                + " on u.id = e.leader_id where e.coop_id = ?",
                                        String.class,
                                        coopId),
                        l -> l.contains("kim.bakery"));
        kim.navigate(foundingPage);
        Locator leader = kim.locator("#founding-leader");
        for (int attempt = 0; attempt < 30 && leader.count() == 0; attempt++) {
            kim.waitForTimeout(2_000);
            kim.reload();
        }
        assertThat(leader).containsText(MERCHANTS[0][1]);
        phase(started, "leader elected");

        // Kim, now the leader, proposes a purchase from the supplier's catalogue.
        kim.navigate("http://localhost:" + port + "/purchases/new");
        kim.locator("#purchase-supplier").click();
        kim.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(SUPPLIER))
                .click();
        kim.locator("#catalogue-item").click();
        kim.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText("밀가루 20kg 포대"))
                .click();
        kim.locator("#add-catalogue-line").click();
        assertThat(kim.locator("[id^='line-price-'] input")).hasValue("1550");
        kim.locator("#purchase-title input").fill(PURCHASE);
        kim.locator("#propose-purchase").click();
        assertThat(kim.locator("#purchase-stage")).containsText("투표 중");
        long purchaseId =
                jdbc.queryForObject(
                        "select id from purchase where title = ?", Long.class, PURCHASE);

        // The members vote yes: Park on his phone.
        steps.openTask(park, "조합원 투표");
        park.locator("#vote-choice vaadin-radio-button").first().click();
        park.locator("#complete-task").click();
        backToTasks(park);
        for (String username : List.of("kim.bakery", "lee.banchan", "choi.tteok", "jung.fruit")) {
            MyTaskList.complete(inbox, username, "member-vote", Map.of("choice", "YES"), WAIT);
        }
        Fixtures.signIn("kim.bakery");
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> purchases.get(purchaseId).stage() == Stage.ORDERING);
        long line = purchases.get(purchaseId).lines().getFirst().id();
        Fixtures.signOut();
        phase(started, "purchase voted, ordering open");

        // Kim pledges a pack on the task; Park another; the others take nothing this time.
        steps.openTask(kim, "공동구매 수량 신청");
        kim.locator("[id^='quantity-'] input").first().fill("20");
        kim.locator("#complete-task").click();
        backToTasks(kim);
        MyTaskList.complete(
                inbox,
                "park.butcher",
                "purchase-pledge",
                Map.of("lines", List.of(Map.of("lineId", line, "quantity", 20, "tolerance", 0))),
                WAIT);
        for (String username : List.of("lee.banchan", "choi.tteok", "jung.fruit")) {
            MyTaskList.complete(inbox, username, "purchase-pledge", Map.of("nothing", true), WAIT);
        }
        Fixtures.signOut();
        phase(started, "pledges in");

        // The supplier confirms the pooled order on its phone.
        steps.openTask(supplier, PURCHASE);
        supplier.locator("#decision vaadin-radio-button").first().click();
        supplier.locator("#complete-task").click();
        backToTasks(supplier);
        phase(started, "supplier confirmed");

        // Both pay; Kim confirms each payment and then the delivery.
        steps.openTask(park, "공동구매 분담금 내기");
        park.locator("#complete-task").click();
        backToTasks(park);
        steps.openTask(kim, "공동구매 분담금 내기");
        kim.locator("#complete-task").click();
        backToTasks(kim);
        for (int payment = 0; payment < 2; payment++) {
            steps.openTask(kim, "분담금 입금 확인");
            kim.locator("#complete-task").click();
            backToTasks(kim);
        }
        steps.openTask(kim, "공동구매 물건 수령 확인");
        kim.locator("#complete-task").click();
        backToTasks(kim);

        Fixtures.signIn("kim.bakery");
        await().pollInSameThread()
                .atMost(WAIT)
                .until(() -> purchases.get(purchaseId).stage() == Stage.CLOSED);
        Fixtures.signOut();
        kim.navigate("http://localhost:" + port + "/purchases/" + purchaseId);
        assertThat(kim.locator("#purchase-stage")).containsText("완료");
        BrowserTest.screenshot(kim, "journey-purchase-closed");
        System.out.printf(
                "FIGURE from the empty database to the first purchase closed: %d s%n",
                Duration.between(started, Instant.now()).toSeconds());
    }

    /**
     * After an answer the task list comes back once the engine took it: on a busy machine that can
     * take a while.
     */
    private static void backToTasks(Page page) {
        assertThat(page.locator("#my-tasks-grid"))
                .isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                                .setTimeout(90_000));
    }

    private static void phase(Instant started, String what) {
        System.out.printf(
                "PHASE %s: %d s%n", what, Duration.between(started, Instant.now()).toSeconds());
    }

    /**
     * A merchant signs up on the public page, reached from the login page, with the code from the
     * SMS.
     */
    private void signUpOnThePage(Page phone, String[] merchant, String mobile) {
        new SetUpSteps(port)
                .signUpUntilCodeSent(
                        phone, merchant[1], merchant[2], merchant[4], MARKET, "130810000", mobile);
        phone.locator("#signup-code input").fill(codeSentTo(mobile));
        phone.locator("#signup-username input").fill(merchant[0]);
        phone.locator("#signup-password input").fill(PASSWORD);
        phone.locator("#signup-repeat input").fill(PASSWORD);
        phone.locator("#signup-consent").click();
        phone.locator("#signup-submit").click();
        assertThat(phone.locator("#signup-received")).containsText("문자로 알려 드립니다");
    }

    private void signUpThroughTheApi(String[] merchant, String mobile, long marketId, int n) {
        post("/api/v1/registrations/phone-codes", "{\"phone\":\"" + mobile + "\"}", 202);
        String number = BusinessNumber.completing("13081000" + n).value();
        post(
                "/api/v1/registrations",
                """
                {"displayName":"%s","shopName":"%s","businessType":"%s","marketId":%d,"businessNumber":"%s",
                 "phone":"%s","phoneCode":"%s","username":"%s","password":"%s","privacyConsent":true}"""
                        .formatted(
                                merchant[1],
                                merchant[2],
                                merchant[3],
                                marketId,
                                number,
                                mobile,
                                codeSentTo(mobile),
                                merchant[0],
                                PASSWORD),
                201);
    }

    private String codeSentTo(String mobile) {
        String sms =
                await().atMost(WAIT)
                        .until(
                                () ->
                                        jdbc.queryForList(
                                                "select body from outbox_message"
                                                        + " where address = ? and channel = 'SMS' order by id desc",
                                                String.class,
                                                mobile),
                                l -> !l.isEmpty())
                        .getFirst();
        Matcher code = Pattern.compile("\\b(\\d{6})\\b").matcher(sms);
        org.assertj.core.api.Assertions.assertThat(code.find()).as(sms).isTrue();
        return code.group(1);
    }

    private void post(String path, String json, int status) {
        try {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(json))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            org.assertj.core.api.Assertions.assertThat(response.statusCode())
                    .as(path + ": " + response.body())
                    .isEqualTo(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The open task of this business key, once the engine has made it. */
    private long openTask(String businessKey) {
        return await().atMost(WAIT)
                .until(
                        () ->
                                jdbc
                                        .queryForList(
                                                "select job_key from task where business_key = ? and status = 'OPEN'",
                                                Long.class,
                                                businessKey)
                                        .stream()
                                        .findFirst()
                                        .orElse(0L),
                        k -> k > 0);
    }

    /** Signs in with the merchant's own password (the one chosen at sign-up). */
    private void loginAs(Page page, String username) {
        for (int attempt = 1; ; attempt++) {
            page.navigate("http://localhost:" + port + "/login");
            page.locator("input[name='username']").fill(username);
            page.locator("input[name='password']").fill(PASSWORD);
            assertThat(page.locator("input[name='password']")).hasValue(PASSWORD);
            page.locator("input[name='password']").press("Enter");
            try {
                backToTasks(page);
                return;
            } catch (AssertionError e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }
}
