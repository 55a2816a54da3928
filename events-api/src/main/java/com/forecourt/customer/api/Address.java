package com.forecourt.customer.api;

import com.forecourt.common.Nullable;

/** A UK postal address: {@code line2} is absent when there is none, {@code postcode} is spelt like "SW1A 1AA". */
public record Address(String line1, @Nullable String line2, String town, String postcode) {
}
