package org.sangsaeng.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * A market page's link as a messenger reads it, without a session and without running scripts: the
 * first HTML names the market and what it has, with the page's absolute address.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class MarketShareIntegrationTests extends InMemoryEngineTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;

    @Value("${sangsaeng.public-url:http://localhost:8080}")
    String publicUrl;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aMarketPageLinkIsPreviewedWithTheMarketAndItsShops() throws Exception {
        Fixtures f = Fixtures.create(accounts, coops);
        var coop = coops.get(f.coopId());

        HttpResponse<String> response = get("/market/" + coop.marketId());
        assertThat(response.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(response.body());
        assertThat(og(page, "og:title")).isEqualTo(coop.marketName());
        assertThat(og(page, "og:description")).startsWith("가게 3곳 · 쿠폰 0장 · 공동판매 0건");
        assertThat(og(page, "og:url")).isEqualTo(publicUrl + "/market/" + coop.marketId());
        assertThat(og(page, "og:type")).isEqualTo("website");
        assertThat(page.select("meta[name=description]").attr("content")).startsWith("가게 3곳");
    }

    @Test
    void aWrongMarketHasNoPreview() throws Exception {
        Document page = Jsoup.parse(get("/market/999999999").body());
        assertThat(page.select("meta[property=og:title]")).isEmpty();
        assertThat(page.select("meta[property=og:url]")).isEmpty();
    }

    private static String og(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
