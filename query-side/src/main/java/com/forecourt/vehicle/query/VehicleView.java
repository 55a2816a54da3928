package com.forecourt.vehicle.query;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;

import java.time.Instant;
import java.util.List;

/** A car as buyers see it. */
public record VehicleView(String vin, String make, String model, String variant, int year, int mileage,
                          FuelType fuelType, Transmission transmission, String bodyType, String colour,
                          long pricePence, String description, List<String> features, VehicleStatus status,
                          Instant listedAt) {
}
