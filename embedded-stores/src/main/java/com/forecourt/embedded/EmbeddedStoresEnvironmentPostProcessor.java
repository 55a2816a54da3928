package com.forecourt.embedded;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL and Elasticsearch servers (see {@link EmbeddedStoresProperties}) and points the
 * application at them, before the application context is created.
 *
 * <p>Does nothing unless {@code forecourt.embedded.enabled=true}. Then it starts PostgreSQL unless
 * {@code spring.datasource.url} is set, and Elasticsearch unless {@code forecourt.elasticsearch.uris} is set, in
 * parallel, sharing them through {@link EmbeddedStores} with every other context of the JVM, and adds the connection
 * properties (URL, user and the server's generated password) as the highest-precedence property source (a {@code spring.datasource.username} set elsewhere must not
 * be paired with the embedded URL).
 *
 * <p>Registered in {@code META-INF/spring.factories} under Spring Boot 4's {@code org.springframework.boot.EnvironmentPostProcessor}.
 * Its order puts it after the config-data processor, so {@code application.properties}/{@code .yml} and profiles are
 * taken into account. It logs through a {@link DeferredLogFactory} because logging is not initialised yet at this
 * stage: messages are replayed once it is.
 */
public final class EmbeddedStoresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    /** Name of the property source this adds. */
    public static final String PROPERTY_SOURCE_NAME = "forecourtEmbeddedStores";

    static final String DATASOURCE_URL = "spring.datasource.url";
    static final String DATASOURCE_USERNAME = "spring.datasource.username";
    static final String DATASOURCE_PASSWORD = "spring.datasource.password";
    static final String ELASTICSEARCH_URIS = "forecourt.elasticsearch.uris";

    private final Log log;

    public EmbeddedStoresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedStoresEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        EmbeddedStoresProperties properties = EmbeddedStoresProperties.bind(environment);
        if (!properties.enabled()) {
            return;
        }
        boolean startPostgres = !StringUtils.hasText(environment.getProperty(DATASOURCE_URL));
        boolean startElasticsearch = !StringUtils.hasText(environment.getProperty(ELASTICSEARCH_URIS));
        if (!startPostgres) {
            log.info("Embedded PostgreSQL not started: " + DATASOURCE_URL + " is set");
        }
        if (!startElasticsearch) {
            log.info("Embedded Elasticsearch not started: " + ELASTICSEARCH_URIS + " is set");
        }
        if (!startPostgres && !startElasticsearch) {
            return;
        }

        EmbeddedStores stores = EmbeddedStores.forDataDirectory(properties.dataDir());
        EmbeddedStores.Servers servers = stores.start(
                startPostgres ? properties.postgres().toOptions() : null,
                startElasticsearch ? properties.elasticsearch().toOptions() : null);

        Map<String, Object> values = new LinkedHashMap<>();
        if (servers.postgres() != null) {
            PostgresServer postgres = servers.postgres();
            values.put(DATASOURCE_URL, postgres.jdbcUrl());
            values.put(DATASOURCE_USERNAME, postgres.username());
            values.put(DATASOURCE_PASSWORD, postgres.password());
            log.info("Embedded PostgreSQL: " + postgres.jdbcUrl() + " (user " + postgres.username() + ", password in "
                    + postgres.passwordFile() + ", data directory " + postgres.dataDirectory() + relocation(postgres.dataDirectory(), stores) + ", log " + postgres.logFile()
                    + ", started in " + postgres.startupTime().toMillis() + " ms)");
        }
        if (servers.elasticsearch() != null) {
            ElasticsearchServer elasticsearch = servers.elasticsearch();
            values.put(ELASTICSEARCH_URIS, elasticsearch.httpUrl());
            log.info("Embedded Elasticsearch " + elasticsearch.version() + ": " + elasticsearch.httpUrl() + " (node directory "
                    + elasticsearch.nodeDirectory() + relocation(elasticsearch.nodeDirectory(), stores) + ", output "
                    + elasticsearch.consoleLog() + ", started in " + elasticsearch.startupTime().toMillis() + " ms)");
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE_NAME, values));
    }

    /** Explains a store directory outside the configured data directory (the servers' own log lines are lost here). */
    private static String relocation(Path storeDirectory, EmbeddedStores stores) {
        return storeDirectory.startsWith(stores.dataDirectory()) ? ""
                : " instead of under " + stores.dataDirectory() + ", which the server's user (uid " + ServerUser.UNPRIVILEGED_ID
                        + ") cannot reach";
    }
}
