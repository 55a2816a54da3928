package com.forecourt.photo.image;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 3 × 2 image whose pixels are numbered 0 to 5 row by row, turned upright for each EXIF orientation: the upright
 * rows are what a viewer that applies the tag shows (TIFF 6.0, Orientation).
 */
class OrientationTest {

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource(delimiter = '|', value = {
            "1 | 0 1 2 / 3 4 5",
            "2 | 2 1 0 / 5 4 3",
            "3 | 5 4 3 / 2 1 0",
            "4 | 3 4 5 / 0 1 2",
            "5 | 0 3 / 1 4 / 2 5",
            "6 | 3 0 / 4 1 / 5 2",
            "7 | 5 2 / 4 1 / 3 0",
            "8 | 2 5 / 1 4 / 0 3"})
    void canTurnAStoredImageUpright(int orientation, String expectedRows) {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 6; i++) {
            stored.setRGB(i % 3, i / 3, i);
        }

        BufferedImage upright = Orientation.upright(stored, orientation);

        assertThat(rows(upright)).isEqualTo(expectedRows);
    }

    @Test
    void canReadTheOrientationAPhoneWrote() {
        assertThat(Orientation.of(TestImages.withExif(TestImages.jpeg(320, 240), 6))).isEqualTo(6);
    }

    @Test
    void canTakeAFileWithoutMetadataAsUpright() {
        assertThat(Orientation.of(TestImages.png(320, 240))).isEqualTo(Orientation.NORMAL);
    }

    @Test
    void canTakeAnOrientationOutsideTheStandardAsUpright() {
        assertThat(Orientation.of(TestImages.withExif(TestImages.jpeg(320, 240), 9))).isEqualTo(Orientation.NORMAL);
    }

    private static String rows(BufferedImage image) {
        StringBuilder text = new StringBuilder();
        for (int y = 0; y < image.getHeight(); y++) {
            if (y > 0) {
                text.append(" / ");
            }
            for (int x = 0; x < image.getWidth(); x++) {
                text.append(x > 0 ? " " : "").append(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return text.toString();
    }
}
