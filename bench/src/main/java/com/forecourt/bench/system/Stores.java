package com.forecourt.bench.system;

import com.forecourt.embedded.ElasticsearchServer;
import com.forecourt.embedded.EmbeddedStores;
import com.forecourt.embedded.PostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One embedded PostgreSQL server and one Elasticsearch node for the whole run (they take most of the start-up time),
 * shared by the raw scenario and by each mode's system: each gets its own database, and Elasticsearch is emptied
 * between modes.
 */
public final class Stores implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EmbeddedStores stores;
    private final PostgresServer postgres;
    private final ElasticsearchServer elasticsearch;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Stores(EmbeddedStores stores, EmbeddedStores.Servers servers) {
        this.stores = stores;
        this.postgres = servers.postgres();
        this.elasticsearch = servers.elasticsearch();
    }

    /** Starts both servers on free ports under {@code dataDirectory}, with the same defaults as the embedded default. */
    public static Stores start(Path dataDirectory, String elasticsearchHeap) {
        EmbeddedStores stores = EmbeddedStores.forDataDirectory(dataDirectory);
        EmbeddedStores.Servers servers = stores.start(PostgresServer.Options.defaults().withPort(0),
                new ElasticsearchServer.Options(0, elasticsearchHeap, ElasticsearchServer.DEFAULT_STARTUP_TIMEOUT));
        return new Stores(stores, servers);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public String elasticsearchUrl() {
        return elasticsearch.httpUrl();
    }

    /** Creates an empty database and returns its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection connection = connect(postgres.jdbcUrl()); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
        return postgres.jdbcUrl(name);
    }

    public Connection connect(String jdbcUrl) throws SQLException {
        return DriverManager.getConnection(jdbcUrl, postgres.username(), postgres.password());
    }

    /** Deletes every index a previous mode or scenario left, so each mode starts on an empty node. */
    public void wipeElasticsearch() {
        JsonNode indices = elasticsearch("GET", "/_cat/indices?format=json&h=index", null);
        for (JsonNode index : indices) {
            String name = index.get("index").asText();
            if (!name.startsWith(".")) {
                elasticsearch("DELETE", "/" + URLEncoder.encode(name, StandardCharsets.UTF_8), null);
            }
        }
    }

    /** A request to the node; the body, if any, is sent as NDJSON when it has several lines. */
    public JsonNode elasticsearch(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(elasticsearch.httpUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", path.contains("_bulk") ? "application/x-ndjson" : "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    @Override
    public void close() {
        stores.stop();
    }
}
