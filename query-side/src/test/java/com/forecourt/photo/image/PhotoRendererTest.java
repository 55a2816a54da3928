package com.forecourt.photo.image;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhotoRendererTest {

    private static final PhotoRenderer RENDERER = new PhotoRenderer(
            new PhotoRenderer.Settings(50_000_000L, 2048, 320, 0.85f, 0.8f));

    @Test
    void canRenderAJpegIntoAPhotoAndAThumbnail() throws IOException {
        RenderedPhoto rendered = RENDERER.render(TestImages.jpeg(1600, 1200));

        assertThat(rendered.photo().contentType()).isEqualTo("image/jpeg");
        assertThat(size(rendered.photo().bytes())).isEqualTo("1600x1200");
        assertThat(size(rendered.thumbnail().bytes())).isEqualTo("320x240");
        assertThat(rendered.photo().width()).isEqualTo(1600);
        assertThat(rendered.thumbnail().height()).isEqualTo(240);
    }

    @Test
    void canFitALargePhotoIntoTheDisplaySize() throws IOException {
        RenderedPhoto rendered = RENDERER.render(TestImages.png(5000, 2500));

        assertThat(size(rendered.photo().bytes())).isEqualTo("2048x1024");
        assertThat(size(rendered.thumbnail().bytes())).isEqualTo("320x160");
    }

    @Test
    void canRenderAPng() throws IOException {
        RenderedPhoto rendered = RENDERER.render(TestImages.png(800, 600));

        assertThat(PhotoType.sniff(rendered.photo().bytes())).contains(PhotoType.JPEG);
        colourAt(rendered.photo().bytes(), 100, 100).isCloseTo(TestImages.RED);
    }

    @Test
    void canRenderAWebp() throws IOException {
        RenderedPhoto rendered = RENDERER.render(TestImages.webp());

        assertThat(size(rendered.photo().bytes())).isEqualTo("400x300");
        colourAt(rendered.photo().bytes(), 50, 50).isCloseTo(TestImages.RED);
        colourAt(rendered.photo().bytes(), 300, 160).isCloseTo(TestImages.BLUE);
    }

    @Test
    void canShowTransparencyAsWhite() throws IOException {
        RenderedPhoto rendered = RENDERER.render(TestImages.transparentPng(400, 300));

        colourAt(rendered.photo().bytes(), 200, 150).isCloseTo(Color.WHITE);
    }

    @Test
    void canTurnAPhoneJpegUpright() throws IOException {
        // stored sideways, 800 x 600 with the red quarter top-left; orientation 6 turns it a quarter clockwise
        RenderedPhoto rendered = RENDERER.render(TestImages.withExif(TestImages.jpeg(800, 600), 6));

        assertThat(size(rendered.photo().bytes())).isEqualTo("600x800");
        assertThat(rendered.photo().width()).isEqualTo(600);
        colourAt(rendered.photo().bytes(), 500, 100).isCloseTo(TestImages.RED);
        assertThat(size(rendered.thumbnail().bytes())).isEqualTo("320x427");
    }

    @Test
    void canDropTheMetadataOfTheUpload() {
        RenderedPhoto rendered = RENDERER.render(TestImages.withExif(TestImages.jpeg(800, 600), 1));

        assertThat(contains(rendered.photo().bytes(), "Exif")).isFalse();
        assertThat(contains(rendered.photo().bytes(), "Forecourt Test Camera")).isFalse();
    }

    @Test
    void canGiveTheSameUploadTheSameIds() {
        byte[] upload = TestImages.jpeg(1024, 768);

        RenderedPhoto first = RENDERER.render(upload);
        RenderedPhoto second = RENDERER.render(upload.clone());

        assertThat(second.photo().id()).isEqualTo(first.photo().id());
        assertThat(second.thumbnail().id()).isEqualTo(first.thumbnail().id());
        assertThat(first.photo().id()).isEqualTo(EncodedImage.sha256(first.photo().bytes())).hasSize(64);
    }

    @Test
    void cannotRenderTextNamedLikeAJpeg() {
        byte[] text = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> RENDERER.render(text)).isInstanceOfSatisfying(PhotoRefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo(PhotoErrorCodes.UNSUPPORTED_PHOTO_TYPE));
    }

    @Test
    void cannotRenderAGif() {
        byte[] gif = TestImages.encode(TestImages.picture(400, 300), "gif");

        assertThatThrownBy(() -> RENDERER.render(gif)).isInstanceOfSatisfying(PhotoRefusedException.class,
                refused -> assertThat(refused.status()).isEqualTo(415));
    }

    @Test
    void cannotRenderATruncatedPng() {
        byte[] png = TestImages.png(800, 600);

        assertThatThrownBy(() -> RENDERER.render(Arrays.copyOf(png, png.length / 2)))
                .isInstanceOfSatisfying(PhotoRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(PhotoErrorCodes.UNREADABLE_PHOTO));
    }

    @Test
    void cannotRenderAJpegSignatureFollowedByGarbage() {
        byte[] garbage = new byte[2048];
        Arrays.fill(garbage, (byte) 0x41);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;

        assertThatThrownBy(() -> RENDERER.render(garbage)).isInstanceOfSatisfying(PhotoRefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo(PhotoErrorCodes.UNREADABLE_PHOTO));
    }

    @Test
    void cannotRenderAPhotoNarrowerThanTheThumbnail() {
        assertThatThrownBy(() -> RENDERER.render(TestImages.png(319, 400)))
                .isInstanceOfSatisfying(PhotoRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(PhotoErrorCodes.PHOTO_TOO_SMALL));
    }

    @Test
    void cannotRenderAPhotoWithMorePixelsThanAllowed() {
        PhotoRenderer strict = new PhotoRenderer(new PhotoRenderer.Settings(1_000_000L, 2048, 320, 0.85f, 0.8f));

        assertThatThrownBy(() -> strict.render(TestImages.png(1001, 1000)))
                .isInstanceOfSatisfying(PhotoRefusedException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(PhotoErrorCodes.PHOTO_TOO_LARGE);
                    assertThat(refused.status()).isEqualTo(413);
                });
    }

    private static String size(byte[] file) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file));
        return image.getWidth() + "x" + image.getHeight();
    }

    private static ColourAssert colourAt(byte[] file, int x, int y) throws IOException {
        return new ColourAssert(new Color(ImageIO.read(new ByteArrayInputStream(file)).getRGB(x, y)));
    }

    private static boolean contains(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    /** Colours after lossy compression: each channel within 24 of the expected. */
    private record ColourAssert(Color actual) {
        void isCloseTo(Color expected) {
            assertThat(Math.abs(actual.getRed() - expected.getRed())).as("red of %s", actual).isLessThan(24);
            assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("green of %s", actual).isLessThan(24);
            assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("blue of %s", actual).isLessThan(24);
        }
    }
}
