package com.forecourt.vehicle.query;

/** Asks for one car by VIN; answered with a {@link VehicleView}, or null when no such car is listed. */
public record FindVehicle(String vin) {
}
