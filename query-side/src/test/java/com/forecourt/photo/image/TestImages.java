package com.forecourt.photo.image;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Images for the photo tests, made with the JDK; the WebP sample is a test resource made with libwebp's cwebp. */
final class TestImages {

    static final Color RED = new Color(200, 30, 30);
    static final Color BLUE = new Color(30, 60, 200);
    static final Color GREY = new Color(180, 180, 180);

    private TestImages() {
    }

    /** A picture {@code width} × {@code height}: red top-left quarter, a blue band, grey elsewhere. */
    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(GREY);
        g.fillRect(0, 0, width, height);
        g.setColor(BLUE);
        g.fillRect(0, height / 3, width, height / 3);
        g.setColor(RED);
        g.fillRect(0, 0, width / 2, height / 2);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encode(picture(width, height), "png");
    }

    /** A PNG with an alpha channel, fully transparent. */
    static byte[] transparentPng(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** car-400x300.webp: the picture of {@link #picture} at 400 × 300, lossy WebP. */
    static byte[] webp() {
        try (InputStream in = TestImages.class.getResourceAsStream("/photos/car-400x300.webp")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The JPEG with an EXIF block (APP1) right after its start marker: the orientation tag and a camera make, as a
     * phone writes them.
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        byte[] make = "Forecourt Test Camera\0".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + make.length).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        // Make (0x010F), ASCII, its text after the IFD
        tiff.putShort((short) 0x010F).putShort((short) 2).putInt(make.length).putInt(8 + 2 + 2 * 12 + 4);
        // Orientation (0x0112), SHORT, one value, held in the entry
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(make);
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiff.capacity();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(header);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
