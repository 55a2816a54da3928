package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Client-chosen identifiers of customers and orders: UUIDs in their standard form, 8-4-4-4-12 hexadecimal digits,
 * either case. {@link UUID#fromString} alone also takes shortened forms such as {@code 1-1-1-1-1} and would silently
 * turn them into another id; those are refused.
 */
public final class Identifiers {

    private static final Pattern UUID_FORM = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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
}
