package com.forecourt.order.api;

/** Why the checkout rejected an order. */
public enum RejectionReason {
    VEHICLE_UNAVAILABLE,
    CREDIT_LIMIT_EXCEEDED,
    NO_DELIVERY_SLOT,
    UNKNOWN_CUSTOMER,
    CHECKOUT_TIMED_OUT
}
