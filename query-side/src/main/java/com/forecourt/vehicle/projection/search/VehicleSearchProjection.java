package com.forecourt.vehicle.projection.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import com.forecourt.queryside.elasticsearch.BulkWriter;
import com.forecourt.queryside.elasticsearch.VersionedIndex;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.config.ProcessingGroup;
import org.springframework.stereotype.Component;

/**
 * Indexes cars for search. Each document carries the global position of the last event applied to it as its
 * external version, so a repeated or out-of-order event can never overwrite a newer state.
 */
@Component
@ProcessingGroup(VehicleSearchProjection.NAME)
class VehicleSearchProjection {

    static final String NAME = "vehicle-search";
    static final VersionedIndex INDEX = new VersionedIndex("vehicles", 1, "elasticsearch/vehicles-v1.json");

    private final BulkWriter writer;

    VehicleSearchProjection(BulkWriter writer, ElasticsearchClient client) {
        this.writer = writer;
        INDEX.ensureExists(client);
    }

    @EventHandler
    void on(VehicleListed event, TrackingToken token) {
        VehicleDocument document = VehicleDocument.listed(event);
        writer.add(BulkOperation.of(op -> op.index(i -> i
                .index(INDEX.alias())
                .id(event.vin())
                .versionType(VersionType.External)
                .version(position(token))
                .document(document))));
    }

    static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token without position: " + token));
    }
}
