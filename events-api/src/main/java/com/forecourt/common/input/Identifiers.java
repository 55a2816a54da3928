package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Client-chosen identifiers of customers and orders: UUIDs in their standard form, 8-4-4-4-12 hexadecimal digits,
 * either case. {@link UUID#fromString} alone also takes shortened forms such as {@code 1-1-1-1-1} and would silently
 * turn them into another id; those are refused. Photo ids are content addresses: the SHA-256 of the photo's bytes
 * as 64 lowercase hexadecimal digits, one spelling only (they name files and object keys, so nothing else may pass).
 */
public final class Identifiers {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Pattern PHOTO_ID_FORM = Pattern.compile("[0-9a-f]{64}");

    private Identifiers() {
    }

    /**
     * The UUID a text names; its canonical spelling is lower case.
     *
     * @throws CommandRejectedException with code BAD_USER_INPUT when the text is not a UUID in standard form
     */
    public static UUID uuid(String field, String value) {
        if (value == null || !UUID_FORM.matcher(value).matches()) {
            throw Text.refuse(field + " must be a UUID such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        }
        return UUID.fromString(value.toLowerCase(Locale.ROOT));
    }

    /** Whether a text is a photo id: exactly 64 lowercase hexadecimal digits (a SHA-256), nothing around them. */
    public static boolean isPhotoId(String value) {
        return value != null && PHOTO_ID_FORM.matcher(value).matches();
    }

    /**
     * The photo id a text names, unchanged.
     *
     * @throws CommandRejectedException with code BAD_USER_INPUT when it is not 64 lowercase hexadecimal digits
     */
    public static String photoId(String field, String value) {
        if (!isPhotoId(value)) {
            throw Text.refuse(field + " must be a photo id: 64 lowercase hexadecimal digits");
        }
        return value;
    }
}
