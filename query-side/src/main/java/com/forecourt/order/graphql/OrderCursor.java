package com.forecourt.order.graphql;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.input.Identifiers;
import com.forecourt.order.query.OrderKey;
import com.forecourt.queryside.graphql.Paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Opaque keyset cursors for order lists: the (placedAt, id) of the last order a client has seen. The instant must lie
 * in the years an order can have been placed in (1900 to 9999) and the id must be a UUID, or the cursor is refused
 * with BAD_USER_INPUT before anything reaches the database.
 */
final class OrderCursor {

    static final String KIND = "orders";
    private static final Instant EARLIEST = LocalDate.of(1900, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant LATEST = LocalDate.of(10_000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private OrderCursor() {
    }

    static String encode(OrderKey key) {
        return Paging.cursor(KIND, Long.toString(key.placedAt().getEpochSecond()),
                Integer.toString(key.placedAt().getNano()), key.id().toString());
    }

    static OrderKey decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        List<String> fields = Paging.fields(cursor, KIND, 3);
        Instant placedAt;
        try {
            long seconds = Long.parseLong(fields.get(0));
            int nanos = Integer.parseInt(fields.get(1));
            if (nanos < 0 || nanos > 999_999_999 || seconds < EARLIEST.getEpochSecond()
                    || seconds >= LATEST.getEpochSecond()) {
                throw Paging.invalidCursor("its position is outside the list");
            }
            placedAt = Instant.ofEpochSecond(seconds, nanos);
            return new OrderKey(placedAt, Identifiers.uuid("after", fields.get(2)));
        } catch (NumberFormatException | CommandRejectedException malformed) {
            throw Paging.invalidCursor("it is not a cursor this API issued");
        }
    }
}
