package com.forecourt.vehicle.projection.jpa;

import com.forecourt.vehicle.api.VehicleDescriptionUpdated;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePhotoAttached;
import com.forecourt.vehicle.api.VehiclePhotoMoved;
import com.forecourt.vehicle.api.VehiclePhotoRemoved;
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

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the inventory overview and each car's gallery. Runs in its own processing group, so its token moves in the
 * same transaction as its rows; a repeated or older event is recognised by the aggregate sequence number (kept on the
 * car's row, for its photos too) and skipped.
 */
@Component
@ReadModel(processingGroup = VehicleListingProjection.NAME, store = Store.POSTGRESQL,
        tables = {"vehicle_listing", "vehicle_listing_photo"})
class VehicleListingProjection {

    static final String NAME = "vehicle-listing";

    private final VehicleListingRepository listings;
    private final VehicleListingPhotoRepository photos;

    VehicleListingProjection(VehicleListingRepository listings, VehicleListingPhotoRepository photos) {
        this.listings = listings;
        this.photos = photos;
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

    /** A new photo goes at the end of the gallery. */
    @EventHandler
    void on(VehiclePhotoAttached event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> {
            List<VehicleListingPhoto> gallery = photos.findByVinOrderByPosition(event.vin());
            boolean attached = gallery.stream().anyMatch(photo -> photo.photoId().equals(event.photo().id()));
            if (!attached) {
                photos.save(new VehicleListingPhoto(event, gallery.size()));
            }
        });
    }

    @EventHandler
    void on(VehiclePhotoRemoved event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> {
            List<VehicleListingPhoto> gallery = new ArrayList<>(photos.findByVinOrderByPosition(event.vin()));
            gallery.stream().filter(photo -> photo.photoId().equals(event.photoId())).findFirst().ifPresent(photo -> {
                gallery.remove(photo);
                photos.delete(photo);
                renumber(gallery);
            });
        });
    }

    @EventHandler
    void on(VehiclePhotoMoved event, @SequenceNumber long sequence) {
        change(event.vin(), sequence, row -> {
            List<VehicleListingPhoto> gallery = new ArrayList<>(photos.findByVinOrderByPosition(event.vin()));
            gallery.stream().filter(photo -> photo.photoId().equals(event.photoId())).findFirst().ifPresent(photo -> {
                gallery.remove(photo);
                gallery.add(Math.min(event.position(), gallery.size()), photo);
                renumber(gallery);
            });
        });
    }

    /** Positions 0, 1, 2… in list order; a gallery has at most 20 photos. */
    private void renumber(List<VehicleListingPhoto> gallery) {
        for (int position = 0; position < gallery.size(); position++) {
            gallery.get(position).placeAt(position);
        }
        photos.saveAll(gallery);
    }

    private void change(String vin, long sequence, Consumer<VehicleListing> change) {
        listings.findById(vin).ifPresent(row -> {
            if (row.apply(sequence, change)) {
                listings.save(row);
            }
        });
    }
}
