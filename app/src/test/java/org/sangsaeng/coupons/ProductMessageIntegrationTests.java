package org.sangsaeng.coupons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sangsaeng.CoopTest;
import org.sangsaeng.Fixtures;
import org.sangsaeng.notifications.MessageImages;
import org.sangsaeng.shared.InvalidInputException;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new-product message names the product, its price and photo, and links to the product's public
 * page.
 */
class ProductMessageIntegrationTests extends CoopTest {

    @Autowired CustomerService customers;
    @Autowired ShopMessageService messages;
    @Autowired ProductPages products;
    @Autowired MessageImages images;

    String phone;

    @BeforeEach
    void givenAShopWithARegular() {
        phone =
                "010-5"
                        + (100 + (int) (Math.random() * 899))
                        + "-"
                        + (1000 + (int) (Math.random() * 8999));
        Fixtures.signIn(f.member());
        customers.add(
                new CustomerForm("김단골", phone, LocalDate.now().minusDays(2), "새 상품 문자 수신 동의", ""));
    }

    @Test
    void aProductMessageCarriesNamePriceAndALinkToItsPageWithThePhoto() throws Exception {
        byte[] png = picture(400, 300, "png");
        ShopMessageService.Sent sent =
                messages.send(
                        new ShopMessageService.ProductMessage(
                                "설 선물용으로 좋습니다. 이번 주만 10% 할인!", "한우 불고기 세트", 29_000L, png));
        assertThat(sent.recipients()).isEqualTo(1);

        String body =
                jdbc.queryForObject(
                        "SELECT body FROM outbox_message WHERE address = ?", String.class, phone);
        assertThat(body)
                .startsWith("(광고)[박씨네] 한우 불고기 세트 29,000원\n설 선물용으로 좋습니다.")
                .contains("/m/")
                .contains("무료수신거부: ");
        String token =
                jdbc.queryForObject(
                        "SELECT public_token FROM shop_message WHERE id = ?",
                        String.class,
                        sent.id());
        assertThat(body).contains("/m/" + token + "\n");
        Long imageRef =
                jdbc.queryForObject(
                        "SELECT image_ref FROM outbox_message WHERE address = ?",
                        Long.class,
                        phone);
        assertThat(imageRef)
                .as("the photo goes along as MMS where the channel can")
                .isEqualTo(sent.id());
        assertThat(Arrays.equals(images.picture(imageRef).orElseThrow(), png)).isTrue();
        assertThat(images.find(imageRef)).contains(new MessageImages.MessageImage(null, null));
        assertThat(images.uploaded(imageRef, "ST01FZ-first")).isEqualTo("ST01FZ-first");
        assertThat(images.uploaded(imageRef, "ST01FZ-second"))
                .as("the first upload kept stays")
                .isEqualTo("ST01FZ-first");

        Fixtures.signOut();
        ProductPages.ProductPage page = products.page(token, "198.51.100.7");
        assertThat(page.shop()).isEqualTo("박씨네");
        assertThat(page.product()).isEqualTo("한우 불고기 세트");
        assertThat(page.priceWon()).isEqualTo(29_000L);
        assertThat(page.hasPhoto()).isTrue();
        ProductPhoto photo = products.photo(token, "198.51.100.7");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(Arrays.equals(photo.bytes(), png)).isTrue();
        assertThatThrownBy(() -> products.page("no-such-page", "198.51.100.7"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPhotoThatIsNoPictureOrTooLargeAndAPriceWithoutAProductAreRefusedAndNothingIsSent()
            throws Exception {
        int messagesBefore = count("SELECT COUNT(*) FROM shop_message");
        assertRefused(
                "hello, not a picture".getBytes(StandardCharsets.UTF_8),
                "한우",
                1L,
                "error.message.photoNotImage");
        byte[] fakePng = Arrays.copyOf(picture(10, 10, "png"), 200);
        fakePng[60] ^= 0x55;
        fakePng[100] ^= 0x55;
        assertRefused(Arrays.copyOf(fakePng, 40), "한우", 1L, "error.message.photoNotImage");
        assertRefused(picture(7000, 1, "png"), "한우", 1L, "error.message.photoNotImage");
        byte[] huge = Arrays.copyOf(picture(10, 10, "png"), ProductPhoto.MAX_BYTES + 1);
        assertRefused(huge, "한우", 1L, "error.message.photoTooLarge");
        assertRefused(null, " ", 29_000L, "error.message.productName");
        assertRefused(picture(10, 10, "jpg"), null, null, "error.message.productName");
        assertRefused(null, "한우", -1L, "error.message.price");

        assertThat(count("SELECT COUNT(*) FROM shop_message")).isEqualTo(messagesBefore);
        assertThat(count("SELECT COUNT(*) FROM outbox_message WHERE address = '" + phone + "'"))
                .isZero();
        assertThat(
                        messages.send(
                                        new ShopMessageService.ProductMessage(
                                                "사진 없이 보냅니다", "한우", null, picture(50, 50, "jpg")))
                                .recipients())
                .as("a JPEG is taken")
                .isEqualTo(1);
    }

    private void assertRefused(byte[] photo, String product, Long price, String error) {
        assertThatThrownBy(
                        () ->
                                messages.send(
                                        new ShopMessageService.ProductMessage(
                                                "새 상품", product, price, photo)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(error);
    }

    private static byte[] picture(int width, int height, String format) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0392B));
        g.fillRect(0, 0, width / 2 + 1, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
