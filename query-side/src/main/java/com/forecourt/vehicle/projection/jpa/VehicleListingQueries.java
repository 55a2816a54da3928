package com.forecourt.vehicle.projection.jpa;

import com.forecourt.readmodel.ReadModelQueries;
import com.forecourt.vehicle.query.FindVehicle;
import com.forecourt.vehicle.query.FindVehicles;
import com.forecourt.vehicle.query.FoundVehicles;
import com.forecourt.vehicle.query.VehicleView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the vehicle lookups from the vehicle-listing read model ({@link VehicleListingProjection}). */
@Component
@ReadModelQueries(VehicleListingProjection.NAME)
class VehicleListingQueries {

    private final VehicleListingRepository listings;

    VehicleListingQueries(VehicleListingRepository listings) {
        this.listings = listings;
    }

    @QueryHandler
    VehicleView handle(FindVehicle query) {
        return listings.findById(query.vin()).map(VehicleListing::toView).orElse(null);
    }

    /** One SQL query for any number of cars. */
    @QueryHandler
    FoundVehicles handle(FindVehicles query) {
        return new FoundVehicles(listings.findAllById(query.vins()).stream().map(VehicleListing::toView).toList());
    }
}
