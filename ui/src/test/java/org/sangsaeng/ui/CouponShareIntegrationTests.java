package org.sangsaeng.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.InMemoryEngineTest;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.CouponQueries;
import org.sangsaeng.coupons.CouponService;
import org.sangsaeng.coupons.CouponState;
import org.sangsaeng.coupons.SharedCoupon;
import org.sangsaeng.coupons.ShopMessageService;
import org.sangsaeng.membership.AccountService;
import org.sangsaeng.tasks.TaskFilter;
import org.sangsaeng.tasks.TaskInbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A shared coupon link as a messenger reads it, without a session and without running scripts: the
 * page's first HTML names the shop, the coupon, the discount and its picture with absolute
 * addresses, and the picture is a PNG drawn on the server.
 */
@TestPropertySource(properties = "vaadin.productionMode=true")
class CouponShareIntegrationTests extends InMemoryEngineTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired CouponService coupons;
    @Autowired CouponQueries queries;
    @Autowired TaskInbox inbox;
    @Autowired ShopMessageService messages;
    @Autowired JdbcTemplate jdbc;

    @Value("${sangsaeng.public-url:http://localhost:8080}")
    String publicUrl;

    final HttpClient http = HttpClient.newHttpClient();
    Fixtures f;

    @BeforeEach
    void givenAMember() {
        f = Fixtures.create(accounts, coops);
    }

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aSharedCouponLinkIsPreviewedWithItsShopDiscountAndPicture() throws Exception {
        String token = publishedPublicCoupon();

        Document page = Jsoup.parse(get("/c/p/" + token).body());
        assertThat(og(page, "og:title")).isEqualTo("[박씨네] 장날 정육 할인");
        assertThat(og(page, "og:description"))
                .startsWith("2,000원 할인 (10,000원 이상 구매 시) · ")
                .endsWith("까지");
        assertThat(og(page, "og:url")).isEqualTo(publicUrl + "/c/p/" + token);
        assertThat(og(page, "og:image"))
                .isEqualTo(publicUrl + "/api/v1/public/coupon-links/" + token + "/image.png");

        HttpResponse<byte[]> picture =
                http.send(
                        request("/api/v1/public/coupon-links/" + token + "/image.png"),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture.body()));
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(630);
        assertThat(colours(image)).as("drawn, not blank").isGreaterThan(20);
    }

    @Test
    void aNewProductsPageIsPreviewedWithItsPhotoAndServesIt() throws Exception {
        Fixtures.signIn(f.member());
        BufferedImage drawn = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(drawn, "png", png);
        long id =
                messages.send(
                                new ShopMessageService.ProductMessage(
                                        "설 선물로 좋습니다", "한우 불고기 세트", 29_000L, png.toByteArray()))
                        .id();
        String token =
                jdbc.queryForObject(
                        "SELECT public_token FROM shop_message WHERE id = ?", String.class, id);
        Fixtures.signOut();

        Document page = Jsoup.parse(get("/m/" + token).body());
        assertThat(og(page, "og:title")).isEqualTo("[박씨네] 한우 불고기 세트 29,000원");
        assertThat(og(page, "og:description")).isEqualTo("설 선물로 좋습니다");
        assertThat(og(page, "og:image"))
                .isEqualTo(publicUrl + "/api/v1/public/products/" + token + "/photo");
        HttpResponse<byte[]> photo =
                http.send(
                        request("/api/v1/public/products/" + token + "/photo"),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.body()).isEqualTo(png.toByteArray());
        assertThat(
                        http.send(
                                        request("/api/v1/public/products/no-such-page/photo"),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                .isEqualTo(404);
    }

    @Test
    void aWrongLinkHasNoPreviewAndNoPicture() throws Exception {
        Document page = Jsoup.parse(get("/c/p/no-such-link").body());
        assertThat(page.select("meta[property=og:title]")).isEmpty();
        assertThat(
                        http.send(
                                        request(
                                                "/api/v1/public/coupon-links/no-such-link/image.png"),
                                        HttpResponse.BodyHandlers.ofString())
                                .statusCode())
                .isEqualTo(404);
    }

    private String publishedPublicCoupon() {
        long id = SharedCoupon.draft(coupons, f, "장날 정육 할인");
        Fixtures.signIn(f.leader());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(
                        () ->
                                inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                                        .anyMatch(t -> ("coupon-" + id).equals(t.businessKey())));
        inbox.complete(
                inbox.myTasks(TaskFilter.none(), 0, 100).stream()
                        .filter(t -> ("coupon-" + id).equals(t.businessKey()))
                        .findFirst()
                        .orElseThrow()
                        .id(),
                Map.of("decision", "APPROVE"));
        Fixtures.signIn(f.member());
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(60))
                .until(() -> queries.get(id).state() == CouponState.PUBLISHED);
        return jdbc.queryForObject(
                "SELECT public_token FROM coupon WHERE id = ?", String.class, id);
    }

    private static String og(Document page, String property) {
        return page.select("meta[property=" + property + "]").attr("content");
    }

    private static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) {
                seen.add(image.getRGB(x, y));
            }
        }
        return seen.size();
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }
}
