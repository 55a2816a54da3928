package com.forecourt.order.graphql;

import com.forecourt.order.query.OrderKey;
import com.forecourt.queryside.graphql.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Opaque keyset cursors for order lists: the (placedAt, id) of the last order a client has seen. */
final class OrderCursor {

    private static final String PREFIX = "order:";

    private OrderCursor() {
    }

    static String encode(OrderKey key) {
        String text = PREFIX + key.placedAt().getEpochSecond() + ":" + key.placedAt().getNano() + ":" + key.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static OrderKey decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            String[] parts = text.substring(PREFIX.length()).split(":", 3);
            return new OrderKey(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                    UUID.fromString(parts[2]));
        } catch (RuntimeException e) {
            throw new InvalidInputException("after is not a cursor this API issued: " + cursor);
        }
    }
}
