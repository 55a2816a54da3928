package com.forecourt.vehicle.projection.jpa;

import com.forecourt.vehicle.api.VehicleDescriptionUpdated;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.vehicle.api.VehicleReservationReleased;
import com.forecourt.vehicle.api.VehicleReserved;
import com.forecourt.vehicle.api.VehicleSold;
import com.forecourt.vehicle.api.VehicleWithdrawn;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;

/**
 * Builds the inventory overview. Runs in its own processing group, so its token moves in the same transaction as
 * its rows; a repeated or older event is recognised by the aggregate sequence number and skipped.
 */
@Component
@ReadModel(processingGroup = VehicleListingProjection.NAME, store = Store.POSTGRESQL, tables = "vehicle_listing")
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

    @EventHandler
    void on(VehiclePriceChanged event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> row.price(event.pricePence()));
    }

    @EventHandler
    void on(VehicleDescriptionUpdated event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> row.description(event.description()));
    }

    @EventHandler
    void on(VehicleWithdrawn event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> row.withdrawn(event.reason()));
    }

    @EventHandler
    void on(VehicleReserved event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> row.reservedFor(event.orderId()));
    }

    @EventHandler
    void on(VehicleReservationReleased event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, VehicleListing::released);
    }

    @EventHandler
    void on(VehicleSold event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> row.soldTo(event.orderId(), event.pricePence()));
    }

    private void change(String vin, long sequence, Consumer<VehicleListing> change) {
        listings.findById(vin).ifPresent(row -> {
            if (row.apply(sequence, change)) {
                listings.save(row);
            }
        });
    }
}
