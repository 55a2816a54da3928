package com.forecourt.order.command;

import java.util.UUID;

/**
 * Whether the car and the customer an order names exist. The order refuses unknown ones at once
 * ({@code VEHICLE_NOT_FOUND}, {@code CUSTOMER_NOT_FOUND}) instead of accepting an order no screen could show.
 */
interface OrderReferences {

    /** Whether a car was ever listed under this (well-formed) VIN. */
    boolean isListedVehicle(String vin);

    /** Whether a customer was ever registered under this id. */
    boolean isRegisteredCustomer(UUID customerId);
}
