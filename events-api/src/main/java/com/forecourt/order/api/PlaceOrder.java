package com.forecourt.order.api;

import com.forecourt.vehicle.api.Vin;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A customer asks to buy a car for delivery on a day; the checkout then runs on its own. */
public record PlaceOrder(
        UUID orderId,
        UUID customerId,
        String vin,
        LocalDate deliveryDate) implements OrderCommand {

    /** An order id is mandatory; the VIN is normalised so that one car has one identifier. */
    public PlaceOrder {
        Objects.requireNonNull(orderId, "orderId");
        vin = Vin.normalise(vin);
    }
}
