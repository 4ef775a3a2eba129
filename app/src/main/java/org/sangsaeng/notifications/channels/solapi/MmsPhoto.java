package org.sangsaeng.notifications.channels.solapi;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The copy of a photo that SOLAPI takes for an MMS: a JPEG of at most {@value #MAX_BYTES} bytes and
 * 1500×1440 pixels (its storage API's limits for type MMS). The photo is scaled down to at most
 * {@value #FIRST_SIDE} pixels a side, proportions kept, and encoded at falling quality, then
 * smaller still, until it fits: a phone's 4000×3000 picture ends up near 1000×750 at a quality that
 * still shows the product.
 */
final class MmsPhoto {

    static final int MAX_BYTES = 200 * 1000;
    static final int FIRST_SIDE = 1000;
    private static final int SMALLEST_SIDE = 160;
    private static final float[] QUALITIES = {0.85f, 0.75f, 0.6f, 0.45f};

    private MmsPhoto() {}

    /** The MMS copy of a JPEG or PNG photo; refuses what cannot be read as a picture. */
    static byte[] jpeg(byte[] photo) {
        BufferedImage original;
        try {
            original = photo == null ? null : ImageIO.read(new ByteArrayInputStream(photo));
        } catch (IOException e) {
            original = null;
        }
        if (original == null) {
            throw new IllegalArgumentException("The photo cannot be read as a picture");
        }
        int side = FIRST_SIDE;
        while (true) {
            BufferedImage scaled = scaled(original, side);
            for (float quality : QUALITIES) {
                byte[] jpeg = encode(scaled, quality);
                if (jpeg.length <= MAX_BYTES) {
                    return jpeg;
                }
            }
            if (side <= SMALLEST_SIDE) {
                throw new IllegalArgumentException(
                        "The photo does not fit in " + MAX_BYTES + " bytes");
            }
            side = side * 3 / 4;
        }
    }

    // On white, in RGB: JPEG has no transparency, and ImageIO's writer refuses a picture with
    // alpha.
    private static BufferedImage scaled(BufferedImage original, int maxSide) {
        double factor =
                Math.min(
                        1.0,
                        (double) maxSide / Math.max(original.getWidth(), original.getHeight()));
        int width = Math.max(1, (int) Math.round(original.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(original.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(
                    RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(original, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
