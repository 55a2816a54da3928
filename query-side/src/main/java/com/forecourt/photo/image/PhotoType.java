package com.forecourt.photo.image;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The image types an upload may be, recognised by their signatures (magic bytes), never by a file name or a declared
 * content type. A signature only says which decoder to try: an upload is accepted once that decoder read it whole.
 */
public enum PhotoType {
    /** JPEG: starts with the SOI marker FF D8 followed by another marker's FF. */
    JPEG("jpeg", "image/jpeg"),
    /** PNG: the eight-byte signature 89 'PNG' CR LF 1A LF. */
    PNG("png", "image/png"),
    /** WebP: a RIFF container whose form type is 'WEBP'. */
    WEBP("webp", "image/webp");

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int SIGNATURE_LENGTH = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_FORM = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private final String formatName;
    private final String mediaType;

    PhotoType(String formatName, String mediaType) {
        this.formatName = formatName;
        this.mediaType = mediaType;
    }

    /** The media type files of this type are served with, e.g. {@code image/jpeg}. */
    public String mediaType() {
        return mediaType;
    }

    /** The ImageIO format name of its decoder. */
    public String formatName() {
        return formatName;
    }

    /** The type the bytes' signature names, or empty for anything else (GIF, HEIC, PDF, text, too short…). */
    public static Optional<PhotoType> sniff(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_FORM)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
