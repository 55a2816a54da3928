package com.forecourt.vehicle.query;

import java.util.List;

/** Asks for many cars at once (batch loading); answered with {@link FoundVehicles}: the {@link VehicleView}s that are listed. */
public record FindVehicles(List<String> vins) {
}
