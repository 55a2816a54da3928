package com.forecourt.telemetry.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.json.JsonData;
import com.forecourt.readmodel.elasticsearch.NewFields;
import com.forecourt.telemetry.event.TelemetryDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The telemetry indices in Elasticsearch. An index template (core Elasticsearch, so the bare test distribution has
 * it) gives every index matching {@code <prefix>telemetry-*} the mapping of {@code telemetry/index.json} and the
 * alias, however it comes to exist; a month's index is created explicitly the first time this process writes to it.
 * The template is put again by every process that starts, so a changed mapping reaches the next month's index; a
 * month's index that already exists gains the mapping's new fields the first time a process writes to it
 * ({@link NewFields}) and keeps any field whose mapping changed.
 */
public final class TelemetryStore {

    static final String DEFINITION = "telemetry/index.json";
    private static final Logger log = LoggerFactory.getLogger(TelemetryStore.class);

    private final ElasticsearchClient client;
    private final TelemetryIndices indices;
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private volatile boolean templatePut;

    public TelemetryStore(ElasticsearchClient client, TelemetryIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    /** What became of a bulk request's documents. */
    record Outcome(int written, int unavailable, int refused, String firstRefusal) {
    }

    /**
     * Indexes the documents, each in its month's index, in one bulk request.
     *
     * @throws IOException            when Elasticsearch cannot be reached
     * @throws ElasticsearchException when it refuses the request as a whole
     */
    Outcome write(List<TelemetryDocument> documents) throws IOException {
        ensureTemplate();
        Set<String> months = new TreeSet<>();
        List<BulkOperation> operations = documents.stream().map(document -> {
            String index = indices.indexFor(document.receivedAt());
            months.add(index);
            return BulkOperation.of(o -> o.index(i -> i.index(index).document(document.source())));
        }).toList();
        for (String index : months) {
            ensureIndex(index);
        }
        BulkResponse response = client.bulk(b -> b.operations(operations));
        int unavailable = 0;
        int refused = 0;
        String firstRefusal = null;
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                continue;
            }
            if (item.status() == 429 || item.status() >= 500) {
                unavailable++;
            } else {
                refused++;
                if (firstRefusal == null) {
                    // the type and status only: the reason may quote the value
                    firstRefusal = item.status() + " " + item.error().type();
                }
            }
        }
        return new Outcome(documents.size() - unavailable - refused, unavailable, refused, firstRefusal);
    }

    /** Puts the index template, once per process while it succeeds. */
    void ensureTemplate() throws IOException {
        if (templatePut) {
            return;
        }
        try (InputStream definition = definition()) {
            client.indices().putIndexTemplate(t -> t.name(indices.template())
                    .indexPatterns(indices.pattern())
                    .priority(100L)
                    .meta("description", JsonData.of(
                            "Forecourt telemetry: one index per month behind the alias " + indices.alias()))
                    .template(mapping -> mapping.withJson(definition).aliases(indices.alias(), alias -> alias)));
        }
        templatePut = true;
    }

    /** Creates a month's index, or gives an existing one the mapping's new fields, unless this process did. */
    void ensureIndex(String index) throws IOException {
        if (created.contains(index)) {
            return;
        }
        if (!client.indices().exists(e -> e.index(index)).value()) {
            try {
                client.indices().create(c -> c.index(index));
                log.info("Created telemetry index {} behind the alias {}", index, indices.alias());
            } catch (ElasticsearchException e) {
                if (!"resource_already_exists_exception".equals(e.error().type())) {
                    throw e;
                }
            }
        } else {
            // made by an earlier version: the events of this one may have fields its strict mapping lacks
            try {
                NewFields.add(client, DEFINITION, index);
            } catch (UncheckedIOException unreachable) {
                throw unreachable.getCause();
            }
        }
        created.add(index);
    }

    /** Every month's index there is, by name. */
    public Set<String> monthlyIndices() throws IOException {
        return new TreeSet<>(client.indices().get(g -> g.index(indices.pattern())
                .ignoreUnavailable(true).allowNoIndices(true)).result().keySet());
    }

    /** Drops an index; one already gone is no error. */
    void delete(String index) throws IOException {
        created.remove(index);
        try {
            client.indices().delete(d -> d.index(index));
        } catch (ElasticsearchException e) {
            if (e.status() != 404) {
                throw e;
            }
        }
    }

    private static InputStream definition() {
        InputStream in = TelemetryStore.class.getClassLoader().getResourceAsStream(DEFINITION);
        if (in == null) {
            throw new UncheckedIOException(new IOException("Missing " + DEFINITION));
        }
        return in;
    }
}
