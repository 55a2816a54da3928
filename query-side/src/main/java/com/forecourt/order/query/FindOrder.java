package com.forecourt.order.query;

import java.util.UUID;

/** Asks for one order; answered with an {@link OrderView}, or null when there is no such order. */
public record FindOrder(UUID orderId) {
}
