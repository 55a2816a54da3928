package com.forecourt.order.query;

import java.time.Instant;
import java.util.UUID;

/** The position of an order in lists, newest first: by placing time, then id. Keyset pagination continues after it. */
public record OrderKey(Instant placedAt, UUID id) {
}
