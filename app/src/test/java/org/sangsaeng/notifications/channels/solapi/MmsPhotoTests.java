package org.sangsaeng.notifications.channels.solapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/**
 * A phone's photo becomes the JPEG that SOLAPI takes for an MMS: at most 200 KB, proportions kept.
 */
class MmsPhotoTests {

    @Test
    void aLargeNoisyPngBecomesAJpegOfAtMost200KbWithItsProportions() throws IOException {
        byte[] png = png(4000, 3000, true);
        assertThat(png.length).isGreaterThan(MmsPhoto.MAX_BYTES);

        byte[] jpeg = MmsPhoto.jpeg(png);

        assertThat(jpeg.length).isLessThanOrEqualTo(MmsPhoto.MAX_BYTES);
        assertThat(formatOf(jpeg)).isEqualToIgnoringCase("jpeg");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(Math.max(picture.getWidth(), picture.getHeight()))
                .isLessThanOrEqualTo(MmsPhoto.FIRST_SIDE);
        assertThat(picture.getHeight()).as("within SOLAPI's 1500x1440").isLessThanOrEqualTo(1440);
        assertThat((double) picture.getWidth() / picture.getHeight())
                .isCloseTo(4.0 / 3.0, within(0.01));
    }

    @Test
    void aSmoothPhotoKeepsTheFirstSizeAndAPortraitStaysUpright() throws IOException {
        BufferedImage picture =
                ImageIO.read(new ByteArrayInputStream(MmsPhoto.jpeg(png(1500, 2000, false))));

        assertThat(picture.getHeight()).isEqualTo(MmsPhoto.FIRST_SIDE);
        assertThat(picture.getWidth()).isEqualTo(750);
    }

    @Test
    void whatIsNotAPictureIsRefused() {
        assertThatThrownBy(() -> MmsPhoto.jpeg("not a picture".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * A picture with an alpha channel, as PNGs from phones' editors often have; noisy ones compress
     * badly.
     */
    static byte[] png(int width, int height, boolean noisy) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = x * 255 / width;
                int g = y * 255 / height;
                int b = noisy ? random.nextInt(256) : 128;
                image.setRGB(x, y, 0xFF000000 | r << 16 | g << 8 | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String formatOf(byte[] bytes) throws IOException {
        try (ImageInputStream in =
                ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            try {
                return reader.getFormatName();
            } finally {
                reader.dispose();
            }
        }
    }
}
