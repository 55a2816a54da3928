package com.forecourt.vehicle.query;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;

import java.util.List;

/**
 * Facet and range restrictions on a search; every list is OR within itself and AND with the others. Prices are
 * pence, mileages miles, all bounds inclusive. {@code bodyType} matches the listing's body type or the body type the
 * vocabulary files it under ({@code Estate} finds a {@code Sports Tourer}); {@code colour} likewise matches the
 * listing's colour or its colour family ({@code Red} finds {@code Tornado Red}), ignoring case.
 */
public record VehicleFilter(List<String> make, List<FuelType> fuelType, List<Transmission> transmission,
                            List<String> bodyType, Long minPricePence, Long maxPricePence, Integer minYear,
                            Integer maxYear, Integer maxMileage, List<VehicleStatus> status, List<String> colour,
                            Integer minMileage) {

    /** Shows buyers what they can buy unless they ask for other statuses. */
    public VehicleFilter {
        make = make == null ? List.of() : List.copyOf(make);
        fuelType = fuelType == null ? List.of() : List.copyOf(fuelType);
        transmission = transmission == null ? List.of() : List.copyOf(transmission);
        bodyType = bodyType == null ? List.of() : List.copyOf(bodyType);
        status = status == null || status.isEmpty() ? List.of(VehicleStatus.AVAILABLE) : List.copyOf(status);
        colour = colour == null ? List.of() : List.copyOf(colour);
    }

    /** No restriction beyond the default status. */
    public static VehicleFilter none() {
        return new VehicleFilter(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
