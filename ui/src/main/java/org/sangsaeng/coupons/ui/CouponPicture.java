package org.sangsaeng.coupons.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The picture a messenger shows in a shared coupon link's preview (1200 x 630, the size Open Graph
 * previews use): the shop, the coupon's title, the discount in large type and until when. Drawn on
 * the server with the bundled NanumGothic Bold (SIL Open Font License, fonts/NanumGothic-OFL.txt),
 * so Hangul comes out right on a server without Korean fonts.
 */
final class CouponPicture {

    static final int WIDTH = 1200;
    static final int HEIGHT = 630;
    private static final Color PAPER = new Color(0xFFF4E0);
    private static final Color INK = new Color(0x3B2A1A);
    private static final Color ACCENT = new Color(0xD9480F);
    private static final Font FONT = load();

    private CouponPicture() {}

    static byte[] png(String shop, String title, String discount, String until) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(PAPER);
            g.fill(new RoundRectangle2D.Float(40, 40, WIDTH - 80, HEIGHT - 80, 48, 48));
            g.setColor(ACCENT);
            g.setStroke(
                    new BasicStroke(
                            6,
                            BasicStroke.CAP_ROUND,
                            BasicStroke.JOIN_ROUND,
                            1,
                            new float[] {18, 14},
                            0));
            g.draw(new RoundRectangle2D.Float(64, 64, WIDTH - 128, HEIGHT - 128, 36, 36));
            line(g, shop, 40, INK, 150);
            line(g, title, 64, INK, 250);
            line(g, discount, 88, ACCENT, 390);
            line(g, until, 34, INK, 500);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // Centred, made smaller until it fits the card, cut with an ellipsis as a last resort.
    private static void line(Graphics2D g, String text, float size, Color color, int baseline) {
        String shown = text == null ? "" : text;
        int room = WIDTH - 200;
        Font font = FONT.deriveFont(size);
        FontMetrics metrics = g.getFontMetrics(font);
        while (metrics.stringWidth(shown) > room && font.getSize2D() > size * 0.6f) {
            font = font.deriveFont(font.getSize2D() - 2);
            metrics = g.getFontMetrics(font);
        }
        while (metrics.stringWidth(shown) > room && shown.length() > 1) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        g.setFont(font);
        g.setColor(color);
        g.drawString(shown, (WIDTH - metrics.stringWidth(shown)) / 2, baseline);
    }

    private static Font load() {
        try (InputStream in =
                CouponPicture.class.getResourceAsStream("/fonts/NanumGothicBold.ttf")) {
            if (in == null) {
                throw new IllegalStateException(
                        "fonts/NanumGothicBold.ttf is missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("The coupon picture's font could not be read", e);
        }
    }
}
