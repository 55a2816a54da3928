package com.forecourt.vehicle.projection.search;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.query.VehicleStatus;
import com.forecourt.vehicle.query.VehicleView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A car as stored in the {@code vehicles} index; field names match the mapping in vehicles-v1.json. */
record VehicleDocument(String vin, String make, String model, String variant, int year, int mileage,
                       FuelType fuelType, Transmission transmission, String bodyType, String colour,
                       long pricePence, String description, List<String> features, VehicleStatus status,
                       Instant listedAt, List<String> suggest) {

    static VehicleDocument listed(VehicleListed event) {
        List<String> suggestions = new ArrayList<>();
        suggestions.add(event.make());
        suggestions.add(event.make() + " " + event.model());
        if (event.variant() != null) {
            suggestions.add(event.make() + " " + event.model() + " " + event.variant());
        }
        return new VehicleDocument(event.vin(), event.make(), event.model(), event.variant(), event.year(),
                event.mileage(), event.fuelType(), event.transmission(), event.bodyType(), event.colour(),
                event.pricePence(), event.description(), event.features(), VehicleStatus.AVAILABLE,
                event.listedAt(), suggestions);
    }

    VehicleView toView() {
        return new VehicleView(vin, make, model, variant, year, mileage, fuelType, transmission, bodyType, colour,
                pricePence, description, features == null ? List.of() : features, status, listedAt);
    }
}
