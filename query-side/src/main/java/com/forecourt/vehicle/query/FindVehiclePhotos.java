package com.forecourt.vehicle.query;

import java.util.List;

/** Asks for the galleries of many cars at once (batch loading); answered with {@link FoundVehiclePhotos}. */
public record FindVehiclePhotos(List<String> vins) {

    public FindVehiclePhotos {
        vins = vins == null ? List.of() : List.copyOf(vins);
    }
}
