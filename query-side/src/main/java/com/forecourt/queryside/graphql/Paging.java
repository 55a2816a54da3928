package com.forecourt.queryside.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Relay-style pages: the page-size rule, {@code PageInfo}, and opaque, versioned cursors.
 *
 * <p>A cursor is URL-safe Base64 of {@code <kind>.v<version>:<field>:<field>…}: the list it belongs to, the version of
 * its layout, and the keyset position after which the next page starts (never an offset). Decoding checks all of
 * them: a cursor that is not Base64, belongs to another list or version, or has the wrong number of fields is refused
 * with {@code BAD_USER_INPUT}; each list then checks the values of its fields (type and range).
 */
public final class Paging {

    /** The largest page a client may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The page size when the client does not say. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String VERSION = "v1";

    private Paging() {
    }

    /** The page size of a Relay {@code first} argument: 0 to {@value #MAX_PAGE_SIZE}, default {@value #DEFAULT_PAGE_SIZE}. */
    public static int pageSize(Integer first) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new InvalidInputException("first must be between 0 and " + MAX_PAGE_SIZE);
        }
        return size;
    }

    /** Relay's page information. */
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    /** The cursor of a position in the list {@code kind}; fields must not contain ':'. */
    public static String cursor(String kind, String... fields) {
        String text = kind + "." + VERSION + ":" + String.join(":", fields);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fields of a cursor of the list {@code kind}.
     *
     * @throws InvalidInputException when the cursor was not issued for this list by this version
     */
    public static List<String> fields(String cursor, String kind, int count) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalidCursor("it is not a cursor this API issued");
        }
        String prefix = kind + "." + VERSION + ":";
        if (!text.startsWith(prefix)) {
            throw invalidCursor("it was not issued for this list");
        }
        List<String> fields = Arrays.asList(text.substring(prefix.length()).split(":", -1));
        if (fields.size() != count) {
            throw invalidCursor("it is not a cursor this API issued");
        }
        return fields;
    }

    /** A refusal of the {@code after} argument, saying why without echoing it. */
    public static InvalidInputException invalidCursor(String why) {
        return new InvalidInputException("after is not valid: " + why + "; start again without after");
    }
}
