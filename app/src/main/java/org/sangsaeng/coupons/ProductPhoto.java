package org.sangsaeng.coupons;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.sangsaeng.shared.InvalidInputException;

/**
 * A product's photo as a shop owner uploads it from the phone: a JPEG or PNG of at most {@value
 * #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side, recognised by its content (not by its
 * name) and read through once, so that a file that only looks like a picture is refused.
 */
public record ProductPhoto(byte[] bytes, String contentType) {

    /** Under the 1 MB every request is limited to, with room for the form around it. */
    public static final int MAX_BYTES = 900 * 1024;

    static final int MAX_SIDE = 6000;

    /**
     * The photo, or null when none was given; refuses what is not a JPEG or PNG picture, or too
     * large.
     */
    public static ProductPhoto of(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException("error.message.photoTooLarge", MAX_BYTES / 1024);
        }
        String type = isJpeg(bytes) ? "image/jpeg" : isPng(bytes) ? "image/png" : null;
        if (type == null || !readable(bytes)) {
            throw new InvalidInputException("error.message.photoNotImage");
        }
        return new ProductPhoto(bytes, type);
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3
                && (b[0] & 0xFF) == 0xFF
                && (b[1] & 0xFF) == 0xD8
                && (b[2] & 0xFF) == 0xFF;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    // The size is read from the header before any pixel is decoded: a small file claiming a huge
    // picture is refused.
    private static boolean readable(byte[] bytes) {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return false;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return false;
                }
                return reader.read(0) != null;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
