package com.forecourt.queryside.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Offset cursors for result lists ranked by a search engine. The cursor is opaque to clients, so it can change
 * to a keyset cursor later without breaking them.
 *
 * @param offset how many items to skip
 * @param limit  how many items to return
 */
public record Paging(int offset, int limit) {

    /** The largest page a client may ask for. */
    public static final int MAX_PAGE_SIZE = 100;
    /** The page size when the client does not say. */
    public static final int DEFAULT_PAGE_SIZE = 20;
    private static final String PREFIX = "offset:";
    /** Elasticsearch's default max_result_window: deeper pages need search_after. */
    private static final int MAX_WINDOW = 10_000;

    /** Validates a Relay-style {@code first}/{@code after} pair. */
    public static Paging of(Integer first, String after) {
        int limit = first == null ? DEFAULT_PAGE_SIZE : first;
        if (limit < 0 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException("first must be between 0 and " + MAX_PAGE_SIZE + "; got " + limit);
        }
        int offset = after == null ? 0 : decode(after) + 1;
        if (offset + limit > MAX_WINDOW) {
            throw new InvalidInputException("Results beyond the first " + MAX_WINDOW + " are not available; refine the search");
        }
        return new Paging(offset, limit);
    }

    /** The cursor of the item at the given absolute position. */
    public static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /** Relay's PageInfo for a page of {@code returned} items out of {@code total}. */
    public PageInfo pageInfo(int returned, long total) {
        return new PageInfo(offset + returned < total, returned == 0 ? null : cursor(offset + returned - 1));
    }

    /** Relay's page information. */
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }

    private static int decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            int position = Integer.parseInt(text.substring(PREFIX.length()));
            if (position < 0) {
                throw new IllegalArgumentException(text);
            }
            return position;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("after is not a cursor this API issued: " + cursor);
        }
    }
}
