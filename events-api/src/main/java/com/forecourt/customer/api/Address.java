package com.forecourt.customer.api;

/** A UK postal address; {@code line2} is optional, and the empty string in events when there is none. */
public record Address(String line1, String line2, String town, String postcode) {
}
