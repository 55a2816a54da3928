package com.forecourt.vehicle.query;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;

import java.util.List;

/** Facet and range restrictions on a search; every list is OR within itself and AND with the others. */
public record VehicleFilter(List<String> make, List<FuelType> fuelType, List<Transmission> transmission,
                            List<String> bodyType, Long minPricePence, Long maxPricePence, Integer minYear,
                            Integer maxYear, Integer maxMileage, List<VehicleStatus> status) {

    /** Shows buyers what they can buy unless they ask for other statuses. */
    public VehicleFilter {
        make = make == null ? List.of() : List.copyOf(make);
        fuelType = fuelType == null ? List.of() : List.copyOf(fuelType);
        transmission = transmission == null ? List.of() : List.copyOf(transmission);
        bodyType = bodyType == null ? List.of() : List.copyOf(bodyType);
        status = status == null || status.isEmpty() ? List.of(VehicleStatus.AVAILABLE) : List.copyOf(status);
    }

    /** No restriction beyond the default status. */
    public static VehicleFilter none() {
        return new VehicleFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
