package org.sangsaeng.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.Fixtures;
import org.sangsaeng.coop.CoopService;
import org.sangsaeng.coupons.CustomerForm;
import org.sangsaeng.coupons.CustomerService;
import org.sangsaeng.coupons.ProductPhoto;
import org.sangsaeng.membership.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A butcher sends a new-product message with a photo straight from the phone's camera (megabytes):
 * the browser makes it small enough before sending, the customer's product page shows it.
 */
class ProductPhotoBrowserTests extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired CoopService coops;
    @Autowired CustomerService customers;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        Fixtures.signOut();
    }

    @Test
    void aCameraPhotoOfSeveralMegabytesIsShrunkOnThePhoneAndShownOnTheProductPage()
            throws IOException {
        Fixtures f = Fixtures.create(accounts, coops);
        Fixtures.signIn(f.member());
        String phone =
                "010-6%03d-%04d"
                        .formatted(
                                ThreadLocalRandom.current().nextInt(1000),
                                ThreadLocalRandom.current().nextInt(10_000));
        customers.add(
                new CustomerForm("김단골", phone, LocalDate.now().minusDays(2), "새 상품 문자 수신 동의", ""));
        Path camera = cameraPhoto(4000, 3000);
        Assertions.assertThat(Files.size(camera))
                .as("a camera-sized photo")
                .isGreaterThan(3L * 1024 * 1024);

        Page page = browser.newPage(390, 844);
        signIn(page, f.member());
        page.navigate("http://localhost:" + port + "/customers");
        page.locator("#shop-message-product input").fill("한우 불고기 세트");
        page.locator("#shop-message-price input").fill("29000");
        page.locator("#shop-message-photo input[type=file]").setInputFiles(camera);
        assertThat(page.locator("#shop-message-photo vaadin-upload-file[complete]")).hasCount(1);
        page.locator("#shop-message textarea").fill("설 선물용으로 좋습니다.");
        page.locator("#shop-message-send").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("1");

        byte[] stored =
                jdbc.queryForObject(
                        "SELECT m.photo FROM shop_message m JOIN app_user u ON u.id = m.owner_id"
                                + " WHERE u.username = ? ORDER BY m.id DESC LIMIT 1",
                        byte[].class,
                        f.member());
        Assertions.assertThat(stored.length).isLessThanOrEqualTo(ProductPhoto.MAX_BYTES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored));
        Assertions.assertThat(new int[] {image.getWidth(), image.getHeight()})
                .containsExactly(1600, 1200);

        String token =
                jdbc.queryForObject(
                        "SELECT m.public_token FROM shop_message m JOIN app_user u"
                                + " ON u.id = m.owner_id WHERE u.username = ? ORDER BY m.id DESC LIMIT 1",
                        String.class,
                        f.member());
        Page customer = browser.newPage(390, 844);
        customer.navigate("http://localhost:" + port + "/m/" + token);
        assertThat(customer.getByText("한우 불고기 세트").first()).isVisible();
        Assertions.assertThat(
                        (Integer)
                                customer.locator("img")
                                        .first()
                                        .evaluate("i => i.decode().then(() => i.naturalWidth)"))
                .isEqualTo(1600);
        screenshot(customer, "product-page-phone");
    }

    /** A photo as a phone camera writes it: noisy, so that it does not compress to nothing. */
    private static Path cameraPhoto(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = Files.createTempFile("camera-", ".jpg");
        file.toFile().deleteOnExit();
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }
}
