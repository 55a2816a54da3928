package com.forecourt.photo.image;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An image file as Forecourt stores it, with its content address.
 *
 * @param id          the SHA-256 of {@code bytes}, 64 lowercase hexadecimal digits
 * @param bytes       the encoded file
 * @param contentType its media type, e.g. {@code image/jpeg}
 * @param width       pixels across, upright
 * @param height      pixels down, upright
 */
public record EncodedImage(String id, byte[] bytes, String contentType, int width, int height) {

    /** An image file, addressed by the SHA-256 of its bytes. */
    public static EncodedImage of(byte[] bytes, String contentType, int width, int height) {
        return new EncodedImage(sha256(bytes), bytes, contentType, width, height);
    }

    /** The file's length in bytes. */
    public long sizeBytes() {
        return bytes.length;
    }

    /** The SHA-256 of the bytes as 64 lowercase hexadecimal digits: a photo's id and its key in the store. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
