package com.forecourt.queryside.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Read-modify-write of whole documents under external versioning (ADR 4). A document is read from Elasticsearch,
 * or from the writes of the current batch that are not sent yet, changed, and queued in the batch's bulk request
 * with the event's global position as its version. An event whose position is not above the stored version was
 * applied before and is skipped, as is an event about a document that does not exist. Callers name the alias;
 * {@link IndexTargets} decides which physical index the batch reads and writes.
 */
@Component
public class VersionedDocuments {

    private static final String RESOURCE = VersionedDocuments.class.getName() + ".pending";

    private final ElasticsearchClient client;
    private final BulkWriter writer;

    public VersionedDocuments(ElasticsearchClient client, BulkWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    /** A document with the external version it was written with. */
    public record Versioned<T>(T document, long version) {
    }

    /** The global position of the event being handled: the external version of what it writes. */
    public static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token without position: " + token));
    }

    /** Indexes a whole document at a version; a stale version is ignored by the bulk writer. */
    public <T> void put(String alias, String id, T document, long version) {
        String index = IndexTargets.resolve(alias);
        pending().ifPresent(map -> map.put(key(index, id), new Versioned<>(document, version)));
        writer.add(BulkOperation.of(op -> op.index(i -> i
                .index(index)
                .id(id)
                .versionType(VersionType.External)
                .version(version)
                .document(document))));
    }

    /**
     * Applies a change to an existing document if the event at {@code position} is newer than the document.
     *
     * @return whether the document was changed
     */
    public <T> boolean update(String alias, String id, Class<T> type, long position, UnaryOperator<T> change) {
        Optional<Versioned<T>> current = get(alias, id, type);
        if (current.isEmpty() || current.get().version() >= position) {
            return false; // not there yet (nothing to change) or already applied
        }
        T changed = change.apply(current.get().document());
        if (changed == null) {
            return false;
        }
        put(alias, id, changed, position);
        return true;
    }

    /** The newest state of a document: this batch's pending write if any, else what Elasticsearch holds. */
    @SuppressWarnings("unchecked")
    public <T> Optional<Versioned<T>> get(String alias, String id, Class<T> type) {
        String index = IndexTargets.resolve(alias);
        Optional<Map<String, Versioned<?>>> pending = pending();
        if (pending.isPresent()) {
            Versioned<?> queued = pending.get().get(key(index, id));
            if (queued != null) {
                return Optional.of((Versioned<T>) queued);
            }
        }
        try {
            GetResponse<T> response = client.get(g -> g.index(index).id(id), type);
            if (!response.found() || response.source() == null || response.version() == null) {
                return Optional.empty();
            }
            return Optional.of(new Versioned<>(response.source(), response.version()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + index + "/" + id, e);
        }
    }

    private static String key(String index, String id) {
        return index + "/" + id;
    }

    private static Optional<Map<String, Versioned<?>>> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return Optional.of(root.getOrComputeResource(RESOURCE, k -> new HashMap<String, Versioned<?>>()));
    }
}
