package com.forecourt.vehicle.projection.jpa;

import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.query.FindVehicle;
import com.forecourt.vehicle.query.VehicleView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * Builds the inventory overview. Runs in its own processing group, so its token moves in the same transaction as
 * its rows; a repeated event is recognised by the aggregate sequence number and skipped.
 */
@Component
@ProcessingGroup(VehicleListingProjection.NAME)
class VehicleListingProjection {

    static final String NAME = "vehicle-listing";

    private final VehicleListingRepository listings;

    VehicleListingProjection(VehicleListingRepository listings) {
        this.listings = listings;
    }

    @EventHandler
    void on(VehicleListed event, @SequenceNumber long sequence) {
        if (listings.existsById(event.vin())) {
            return; // delivered before
        }
        listings.save(VehicleListing.listed(event, sequence));
    }

    @QueryHandler
    VehicleView handle(FindVehicle query) {
        return listings.findById(query.vin()).map(VehicleListing::toView).orElse(null);
    }
}
