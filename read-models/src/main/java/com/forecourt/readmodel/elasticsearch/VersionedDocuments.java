package com.forecourt.readmodel.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Read-modify-write of whole documents under external versioning (ADR 4). A document is read from Elasticsearch,
 * or from the writes of the current batch that are not sent yet, changed, and queued in the batch's bulk request
 * with the event's global position as its version. An event whose position is not above the stored version was
 * applied before and is skipped, as is an event about a document that does not exist. Callers name the index as
 * their read model declares it ({@code vehicles}); the environment's prefix is added here, and {@link IndexTargets}
 * decides which physical index behind the alias the batch reads and writes.
 */
@Component
public class VersionedDocuments {

    private static final String RESOURCE = VersionedDocuments.class.getName() + ".pending";
    private static final String READ_RESOURCE = VersionedDocuments.class.getName() + ".read.";

    private final ElasticsearchClient client;
    private final BulkWriter writer;
    private final Map<String, Function<EventMessage<?>, String>> batchReads = new ConcurrentHashMap<>();

    public VersionedDocuments(ElasticsearchClient client, BulkWriter writer) {
        this.client = client;
        this.writer = writer;
    }

    /**
     * Makes reads of an index batch-wide: the first read in a batch of events fetches, in one multi-get, every
     * document the batch's events will change ({@code idOf} names it, or returns null for an event that changes
     * none), instead of one round trip per event. Under load a projection that reads before it writes otherwise
     * spends its time waiting on those round trips and falls behind (docs/benchmarks.md).
     */
    public void readPerBatch(String index, Function<EventMessage<?>, String> idOf) {
        batchReads.put(alias(index), idOf);
    }

    /** A document with the external version it was written with. */
    public record Versioned<T>(T document, long version) {
    }

    /** The global position of the event being handled: the external version of what it writes. */
    public static long position(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token without position: " + token));
    }

    /** Indexes a whole document at a version; a stale version is ignored by the bulk writer. */
    public <T> void put(String name, String id, T document, long version) {
        String index = IndexTargets.resolve(alias(name));
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
    public <T> boolean update(String name, String id, Class<T> type, long position, UnaryOperator<T> change) {
        Optional<Versioned<T>> current = get(name, id, type);
        if (current.isEmpty() || current.get().version() >= position) {
            return false; // not there yet (nothing to change) or already applied
        }
        T changed = change.apply(current.get().document());
        if (changed == null) {
            return false;
        }
        put(name, id, changed, position);
        return true;
    }

    /** The newest state of a document: this batch's pending write if any, else what Elasticsearch holds. */
    @SuppressWarnings("unchecked")
    public <T> Optional<Versioned<T>> get(String name, String id, Class<T> type) {
        String alias = alias(name);
        String index = IndexTargets.resolve(alias);
        Optional<Map<String, Versioned<?>>> pending = pending();
        if (pending.isPresent()) {
            Versioned<?> queued = pending.get().get(key(index, id));
            if (queued != null) {
                return Optional.of((Versioned<T>) queued);
            }
        }
        Map<String, Versioned<?>> batchRead = batchRead(alias, index, type);
        if (batchRead != null && batchRead.containsKey(id)) {
            return Optional.ofNullable((Versioned<T>) batchRead.get(id));
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

    /**
     * What this batch's events will change, as Elasticsearch held it when the batch first read it (null for a
     * document that does not exist); null when reads through the alias are not batch-wide or no batch is running.
     * The batch's own writes are in {@link #pending()} and are consulted first. Nothing else writes these documents
     * meanwhile: a document's events all fall in one segment, which one worker holds.
     */
    private <T> Map<String, Versioned<?>> batchRead(String alias, String index, Class<T> type) {
        Function<EventMessage<?>, String> idOf = batchReads.get(alias);
        if (idOf == null || !CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            return null;
        }
        return batch.getOrComputeResource(READ_RESOURCE + index, k -> {
            List<String> ids = batch.getMessages().stream()
                    .map(message -> idOf.apply((EventMessage<?>) message))
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            return multiGet(index, ids, type);
        });
    }

    private <T> Map<String, Versioned<?>> multiGet(String index, List<String> ids, Class<T> type) {
        Map<String, Versioned<?>> documents = new HashMap<>();
        if (ids.isEmpty()) {
            return documents;
        }
        try {
            for (MultiGetResponseItem<T> item : client.mget(m -> m.index(index).ids(ids), type).docs()) {
                if (item.isFailure()) {
                    throw new IllegalStateException("Cannot read " + index + "/" + item.failure().id() + ": "
                            + item.failure().error().reason());
                }
                GetResult<T> result = item.result();
                boolean found = result.found() && result.source() != null && result.version() != null;
                documents.put(result.id(), found ? new Versioned<>(result.source(), result.version()) : null);
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + ids.size() + " documents of " + index, e);
        }
    }

    private static String alias(String name) {
        return new VersionedIndex(name).alias();
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
