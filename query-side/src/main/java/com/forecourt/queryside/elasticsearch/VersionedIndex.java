package com.forecourt.queryside.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A read model index behind an alias: readers and writers use the alias ({@code vehicles}), while the physical
 * index is versioned ({@code vehicles_v1}) so that a new version can be built beside the live one and swapped in.
 *
 * @param alias     the name everybody uses
 * @param version   the physical index version this code writes
 * @param settings  the index body (settings and mappings) as JSON on the classpath
 */
public record VersionedIndex(String alias, int version, String settings) {

    private static final Logger log = LoggerFactory.getLogger(VersionedIndex.class);

    /** The physical index name for this version. */
    public String physicalName() {
        return alias + "_v" + version;
    }

    /**
     * Creates the physical index with its alias if the alias does not exist yet; an existing alias is left alone,
     * whichever version it points to, so a restart never drops data.
     */
    public void ensureExists(ElasticsearchClient client) {
        try {
            if (client.indices().existsAlias(a -> a.name(alias)).value()) {
                return;
            }
            try (InputStream in = VersionedIndex.class.getClassLoader().getResourceAsStream(settings)) {
                if (in == null) {
                    throw new IllegalStateException("Missing index definition " + settings);
                }
                client.indices().create(CreateIndexRequest.of(c -> c
                        .index(physicalName())
                        .withJson(in)
                        .aliases(alias, a -> a.isWriteIndex(true))));
            }
            log.info("Created Elasticsearch index {} behind alias {}", physicalName(), alias);
        } catch (co.elastic.clients.elasticsearch._types.ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return; // another node created it at the same moment
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create index " + physicalName(), e);
        }
    }
}
