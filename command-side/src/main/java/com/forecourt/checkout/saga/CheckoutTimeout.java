package com.forecourt.checkout.saga;

import java.util.UUID;

/** The payload of a checkout's deadline: which order ran out of time. */
record CheckoutTimeout(UUID orderId) {
}
