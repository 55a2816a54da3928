package com.forecourt.common;

/**
 * Stable, machine-readable reasons for rejecting a command; clients switch on these, so never rename one.
 */
public enum ErrorCode {
    /** Input that fails validation before any rule is checked. */
    BAD_USER_INPUT,
    /** A VIN that is not 17 characters of A–Z and 0–9 without I, O and Q. */
    INVALID_VIN,
    /** A vehicle with this VIN is already listed with different details. */
    VEHICLE_ALREADY_LISTED,
    /** No vehicle is listed under this VIN. */
    VEHICLE_NOT_FOUND,
    /** Another change to the same entity won the race; retrying the request is safe. */
    CONCURRENT_MODIFICATION,
    /** Anything unexpected; the message carries no internals. */
    INTERNAL,
    /** The vehicle is sold or withdrawn, so its listing can no longer change. */
    VEHICLE_NOT_ON_SALE,
    /** The vehicle is reserved for an order, so it cannot be withdrawn. */
    VEHICLE_RESERVED,
    /** The vehicle is not reserved for the order that tries to buy it. */
    VEHICLE_NOT_RESERVED_FOR_ORDER,
    /** A customer with this id is already registered with different details. */
    CUSTOMER_ALREADY_REGISTERED,
    /** Another customer already registered this e-mail address (compared case-insensitively). */
    EMAIL_ALREADY_REGISTERED,
    /** No customer is registered under this id. */
    CUSTOMER_NOT_FOUND,
    /** Credit is already reserved for this order with a different amount. */
    CREDIT_ALREADY_RESERVED,
    /** No credit is reserved for this order, so there is nothing to settle. */
    CREDIT_NOT_RESERVED_FOR_ORDER,
    /** A delivery day with this date is already open with a different capacity. */
    DELIVERY_DAY_ALREADY_OPENED,
    /** No delivery day was opened for this date. */
    DELIVERY_DAY_NOT_OPENED,
    /** The new capacity of a delivery day is below the slots already booked. */
    DELIVERY_CAPACITY_BELOW_BOOKINGS,
    /** An order with this id was already placed with different details. */
    ORDER_ALREADY_PLACED,
    /** No order was placed under this id. */
    ORDER_NOT_FOUND,
    /** The order's checkout outcome is already decided: it is confirmed, rejected, cancelled or delivered. */
    ORDER_NOT_PENDING,
    /** Only a pending or confirmed order can be cancelled. */
    ORDER_NOT_CANCELLABLE,
    /** Only a confirmed order can be delivered. */
    ORDER_NOT_DELIVERABLE,
    /** An e-mail address that is not a plain ASCII mailbox such as name@example.com (docs/graphql.md). */
    INVALID_EMAIL,
    /** A postcode that is not in the UK format, such as SW1A 1AA. */
    INVALID_POSTCODE,
    /** The car already has the most photos allowed (20); remove one first. */
    TOO_MANY_PHOTOS,
    /** The car has no photo with this id. */
    PHOTO_NOT_FOUND
}
