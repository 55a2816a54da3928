package com.forecourt.readmodel.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch.indices.CreateIndexRequest;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * A read model index behind an alias: readers and writers use the alias ({@code vehicles}), while the physical
 * index is versioned ({@code vehicles_v1}, {@code vehicles_v2}, ...) so that a rebuild can fill a new version beside
 * the live one and swap the alias over in one request. The settings and mappings of every version are the current
 * ones in {@code elasticsearch/<alias>.json}: fields new in the definition are added to the live index at start
 * ({@link NewFields}), and a rebuild is how every other mapping change, and the content of new fields in documents
 * written before, reaches the live index.
 *
 * <p>Names carry {@code forecourt.elasticsearch.index-prefix}, set once when the client is built: the names are
 * constants of the projector classes, while the prefix belongs to the environment.
 *
 * @param name the alias without the environment's prefix
 */
public record VersionedIndex(String name) {

    private static final Logger log = LoggerFactory.getLogger(VersionedIndex.class);
    private static volatile String prefix = "";

    /** Sets the prefix of every index and alias name in this JVM. */
    static void usePrefix(String indexPrefix) {
        prefix = indexPrefix;
    }

    /** The name everybody uses, readers and writers alike. */
    public String alias() {
        return prefix + name;
    }

    /** The index body (settings and mappings) on the classpath. */
    public String definition() {
        return "elasticsearch/" + name + ".json";
    }

    /** The physical index name of a version. */
    public String physicalName(int version) {
        return alias() + "_v" + version;
    }

    /**
     * Makes the alias point at the live version's index. A missing alias is created with its index; an alias that
     * points at another version (a crash between a rebuild's commit and its alias swap) is moved to the live version
     * if that index exists. An index is never dropped here, so a restart never loses data.
     */
    public void ensureExists(ElasticsearchClient client, int activeVersion) {
        String live = physicalName(activeVersion);
        try {
            Set<String> current = indicesBehindAlias(client);
            if (current.equals(Set.of(live))) {
                NewFields.add(client, definition(), live);
                return;
            }
            if (current.isEmpty()) {
                if (!client.indices().exists(e -> e.index(live)).value()) {
                    create(client, live);
                }
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(live).alias(alias())
                        .isWriteIndex(true))));
                log.info("Elasticsearch alias {} points at {}", alias(), live);
            } else if (client.indices().exists(e -> e.index(live)).value()) {
                NewFields.add(client, definition(), live);
                moveAlias(client, live);
                log.warn("Moved Elasticsearch alias {} from {} to the live version {}", alias(), current, live);
            } else {
                log.error("Elasticsearch alias {} points at {}, but the live version {} does not exist", alias(),
                        current, live);
            }
        } catch (ElasticsearchException e) {
            if ("resource_already_exists_exception".equals(e.error().type())) {
                return; // another node created it at the same moment
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare index " + live, e);
        }
    }

    /**
     * Creates an empty index for a version that is being built: any earlier attempt at that version is dropped first,
     * and refreshes are off until {@link #completeBuild}, because nobody reads it yet.
     */
    public void createForBuild(ElasticsearchClient client, int version) {
        String index = physicalName(version);
        try {
            delete(client, version);
            create(client, index);
            client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(t -> t.time("-1"))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create index " + index, e);
        }
    }

    /** Whether the index of a version exists. */
    public boolean exists(ElasticsearchClient client, int version) {
        try {
            return client.indices().exists(e -> e.index(physicalName(version))).value();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read index " + physicalName(version), e);
        }
    }

    /** Turns refreshes back on for a built version and makes everything in it searchable. */
    public void completeBuild(ElasticsearchClient client, int version) {
        String index = physicalName(version);
        try {
            Time refreshInterval = liveRefreshInterval();
            client.indices().putSettings(s -> s.index(index).settings(i -> i.refreshInterval(refreshInterval)));
            client.indices().refresh(r -> r.index(index));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot complete index " + index, e);
        }
    }

    /** Points the alias at a version's index, in one request that removes it from every other version. */
    public void moveAlias(ElasticsearchClient client, String index) {
        try {
            client.indices().updateAliases(u -> u
                    .actions(a -> a.remove(remove -> remove.index(alias() + "_v*").alias(alias()).mustExist(false)))
                    .actions(a -> a.add(add -> add.index(index).alias(alias()).isWriteIndex(true))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move alias " + alias() + " to " + index, e);
        }
    }

    /** Drops a version's index if it exists. */
    public void delete(ElasticsearchClient client, int version) {
        String index = physicalName(version);
        try {
            if (client.indices().exists(e -> e.index(index)).value()) {
                client.indices().delete(d -> d.index(index));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete index " + index, e);
        }
    }

    /** Drops every version's index but one: what a rebuild leaves behind once its version is live. */
    public void deleteOtherVersions(ElasticsearchClient client, int keep) {
        try {
            for (String index : client.indices().get(g -> g.index(alias() + "_v*")).result().keySet()) {
                if (!index.equals(physicalName(keep))) {
                    client.indices().delete(d -> d.index(index));
                    log.info("Dropped Elasticsearch index {}", index);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot drop old versions of " + alias(), e);
        }
    }

    private Set<String> indicesBehindAlias(ElasticsearchClient client) throws IOException {
        if (!client.indices().existsAlias(a -> a.name(alias())).value()) {
            return Set.of();
        }
        GetAliasResponse response = client.indices().getAlias(a -> a.name(alias()));
        return response.result().keySet();
    }

    private void create(ElasticsearchClient client, String index) throws IOException {
        client.indices().create(definitionFor(index));
        log.info("Created Elasticsearch index {}", index);
    }

    /** The refresh interval the definition gives a live index, or Elasticsearch's default of one second. */
    public Time liveRefreshInterval() {
        IndexSettings settings = definitionFor(physicalName(1)).settings();
        Time interval = settings == null ? null
                : settings.refreshInterval() != null ? settings.refreshInterval()
                : settings.index() != null ? settings.index().refreshInterval() : null;
        return interval != null ? interval : Time.of(t -> t.time("1s"));
    }

    private CreateIndexRequest definitionFor(String index) {
        try (InputStream in = VersionedIndex.class.getClassLoader().getResourceAsStream(definition())) {
            if (in == null) {
                throw new IllegalStateException("Missing index definition " + definition());
            }
            return CreateIndexRequest.of(c -> c.index(index).withJson(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read index definition " + definition(), e);
        }
    }
}
