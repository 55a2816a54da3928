package com.forecourt.telemetry.event;

/** Where in the checkout a buyer left. */
public enum CheckoutStep {
    /** Asked to sign in, and did not. */
    SIGN_IN,
    /** Signed in, choosing a delivery day. */
    DELIVERY_DATE,
    /** A day chosen, the order not placed. */
    REVIEW,
    /** The order was refused (the car was taken, not enough credit, …) and the buyer left. */
    ORDER_REFUSED
}
