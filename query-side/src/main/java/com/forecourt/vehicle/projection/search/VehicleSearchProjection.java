package com.forecourt.vehicle.projection.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.readmodel.elasticsearch.VersionedDocuments;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import com.forecourt.vehicle.api.VehicleDescriptionUpdated;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.vehicle.api.VehicleReservationReleased;
import com.forecourt.vehicle.api.VehicleReserved;
import com.forecourt.vehicle.api.VehicleSold;
import com.forecourt.vehicle.api.VehicleWithdrawn;
import com.forecourt.vehicle.query.VehicleStatus;
import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.catalogue.ReadModelVersions;
import org.axonframework.config.ProcessingGroup;
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
@ReadModel(indices = "vehicles")
@ProcessingGroup(VehicleSearchProjection.NAME)
class VehicleSearchProjection {

    static final String NAME = "vehicle-search";
    static final VersionedIndex INDEX = new VersionedIndex("vehicles");

    private final VersionedDocuments documents;

    VehicleSearchProjection(VersionedDocuments documents, ElasticsearchClient client,
                         ReadModelVersions versions) {
        this.documents = documents;
        INDEX.ensureExists(client, versions.active(NAME));
        documents.readPerBatch(INDEX.alias(), VehicleSearchProjection::changedVin);
    }

    /** The car an event read-modify-writes, so a batch reads all of them at once; null for any other event. */
    static String changedVin(EventMessage<?> message) {
        Class<?> type = message.getPayloadType();
        if (type == VehiclePriceChanged.class) {
            return ((VehiclePriceChanged) message.getPayload()).vin();
        } else if (type == VehicleDescriptionUpdated.class) {
            return ((VehicleDescriptionUpdated) message.getPayload()).vin();
        } else if (type == VehicleWithdrawn.class) {
            return ((VehicleWithdrawn) message.getPayload()).vin();
        } else if (type == VehicleReserved.class) {
            return ((VehicleReserved) message.getPayload()).vin();
        } else if (type == VehicleReservationReleased.class) {
            return ((VehicleReservationReleased) message.getPayload()).vin();
        } else if (type == VehicleSold.class) {
            return ((VehicleSold) message.getPayload()).vin();
        }
        return null;
    }

    @EventHandler
    void on(VehicleListed event, TrackingToken token) {
        // a repeated listing carries a lower or equal version than the stored document and is refused as stale
        documents.put(INDEX.alias(), event.vin(), VehicleDocument.listed(event), position(token));
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
        documents.update(INDEX.alias(), vin, VehicleDocument.class, position(token), change);
    }

    static long position(TrackingToken token) {
        return VersionedDocuments.position(token);
    }
}
