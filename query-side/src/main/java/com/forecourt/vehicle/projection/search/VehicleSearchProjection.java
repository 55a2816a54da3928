package com.forecourt.vehicle.projection.search;

import com.forecourt.readmodel.elasticsearch.VersionedDocuments;
import com.forecourt.vehicle.api.VehicleDescriptionUpdated;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.vehicle.api.VehicleReservationReleased;
import com.forecourt.vehicle.api.VehicleReserved;
import com.forecourt.vehicle.api.VehicleSold;
import com.forecourt.vehicle.api.VehicleWithdrawn;
import com.forecourt.vehicle.query.VehicleStatus;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import com.forecourt.readmodel.DocumentKey;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Indexes cars for search. Each document carries the global position of the last event applied to it as its
 * external version, so a repeated or out-of-order event can never overwrite a newer state. Changes read the whole
 * document, change it and write it back (partial updates cannot be externally versioned).
 */
@Component
@ReadModel(processingGroup = VehicleSearchProjection.NAME, store = Store.ELASTICSEARCH,
        indices = VehicleDocument.INDEX, documentKey = DocumentKey.AGGREGATE_IDENTIFIER)
class VehicleSearchProjection {

    static final String NAME = "vehicle-search";

    private final VersionedDocuments documents;

    VehicleSearchProjection(VersionedDocuments documents) {
        this.documents = documents;
    }

    @EventHandler
    void on(VehicleListed event, TrackingToken token) {
        // a repeated listing carries a lower or equal version than the stored document and is refused as stale
        documents.put(VehicleDocument.INDEX, event.vin(), VehicleDocument.listed(event), position(token));
    }

    @EventHandler
    void on(VehiclePriceChanged event, TrackingToken token) {
        change(event.vin(), token, doc -> doc.withPrice(event.pricePence()));
    }

    @EventHandler
    void on(VehicleDescriptionUpdated event, TrackingToken token) {
        change(event.vin(), token, doc -> doc.withDescription(event.description()));
    }

    @EventHandler
    void on(VehicleWithdrawn event, TrackingToken token) {
        change(event.vin(), token, doc -> doc.withStatus(VehicleStatus.WITHDRAWN));
    }

    @EventHandler
    void on(VehicleReserved event, TrackingToken token) {
        change(event.vin(), token, doc -> doc.withStatus(VehicleStatus.RESERVED));
    }

    @EventHandler
    void on(VehicleReservationReleased event, TrackingToken token) {
        change(event.vin(), token, doc -> doc.withStatus(VehicleStatus.AVAILABLE));
    }

    @EventHandler
    void on(VehicleSold event, TrackingToken token) {
        change(event.vin(), token, doc -> doc.withPrice(event.pricePence()).withStatus(VehicleStatus.SOLD));
    }

    private void change(String vin, TrackingToken token, UnaryOperator<VehicleDocument> change) {
        documents.update(VehicleDocument.INDEX, vin, VehicleDocument.class, position(token), change);
    }

    static long position(TrackingToken token) {
        return VersionedDocuments.position(token);
    }
}
