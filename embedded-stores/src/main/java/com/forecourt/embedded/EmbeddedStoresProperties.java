package com.forecourt.embedded;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;

/**
 * The {@code forecourt.embedded.*} properties, read by {@link EmbeddedStoresEnvironmentPostProcessor} before the
 * application context exists (hence bound by hand rather than as a bean). Relaxed binding applies, e.g.
 * {@code FORECOURT_EMBEDDED_DATADIR} or {@code FORECOURT_EMBEDDED_ELASTICSEARCH_STARTUPTIMEOUT} as environment
 * variables.
 *
 * @param enabled       {@code forecourt.embedded.enabled} [false]: start the embedded servers at all. Even then, a
 *                      server is only started if the application has not been pointed at an external one
 *                      ({@code spring.datasource.url}, {@code forecourt.elasticsearch.uris})
 * @param dataDir       {@code forecourt.embedded.data-dir} [./data, relative to the working directory]: where both
 *                      servers keep their data across restarts ({@code postgres/}, {@code elasticsearch/}); see
 *                      {@code StoreLayout} for when a root JVM relocates them to /var/tmp
 * @param postgres      {@code forecourt.embedded.postgres.*}
 * @param elasticsearch {@code forecourt.embedded.elasticsearch.*}
 */
@ConfigurationProperties(EmbeddedStoresProperties.PREFIX)
public record EmbeddedStoresProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Postgres postgres,
        @DefaultValue Elasticsearch elasticsearch) {

    public static final String PREFIX = "forecourt.embedded";
    public static final String ENABLED = PREFIX + ".enabled";
    public static final String DATA_DIR = PREFIX + ".data-dir";
    public static final String POSTGRES_PORT = PREFIX + ".postgres.port";
    public static final String ELASTICSEARCH_PORT = PREFIX + ".elasticsearch.port";
    public static final String ELASTICSEARCH_HEAP = PREFIX + ".elasticsearch.heap";
    public static final String ELASTICSEARCH_STARTUP_TIMEOUT = PREFIX + ".elasticsearch.startup-timeout";

    /**
     * @param port {@code forecourt.embedded.postgres.port} [15432]: TCP port on 127.0.0.1; 0 picks a free port
     */
    public record Postgres(@DefaultValue("" + PostgresServer.DEFAULT_PORT) int port) {

        public PostgresServer.Options toOptions() {
            return PostgresServer.Options.defaults().withPort(port);
        }
    }

    /**
     * @param port           {@code forecourt.embedded.elasticsearch.port} [19200]: HTTP port on 127.0.0.1; 0 picks a
     *                       free port
     * @param heap           {@code forecourt.embedded.elasticsearch.heap} [512m]: the node's JVM heap (-Xms and -Xmx)
     * @param startupTimeout {@code forecourt.embedded.elasticsearch.startup-timeout} [180s]: how long to wait for the
     *                       node to become healthy
     */
    public record Elasticsearch(
            @DefaultValue("" + ElasticsearchServer.DEFAULT_PORT) int port,
            @DefaultValue(ElasticsearchServer.DEFAULT_HEAP) String heap,
            @DefaultValue("180s") Duration startupTimeout) {

        public ElasticsearchServer.Options toOptions() {
            return new ElasticsearchServer.Options(port, heap, startupTimeout);
        }
    }

    /** Binds the properties from an environment, with the defaults above for whatever is not set. */
    public static EmbeddedStoresProperties bind(Environment environment) {
        return Binder.get(environment).bindOrCreate(PREFIX, EmbeddedStoresProperties.class);
    }
}
