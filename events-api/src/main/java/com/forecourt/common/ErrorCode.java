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
    INTERNAL
}
