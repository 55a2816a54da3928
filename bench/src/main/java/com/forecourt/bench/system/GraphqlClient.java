package com.forecourt.bench.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GraphQL over real HTTP, as a browser or service would call it: JSON POST to /graphql with HTTP Basic. Thread-safe;
 * the JDK client keeps a pool of HTTP/1.1 connections, one per concurrent caller.
 */
public final class GraphqlClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI endpoint;
    private final String authorization;

    /** {@code user} null for an anonymous client (a shopper on the public catalogue). */
    public GraphqlClient(int port, String user, String password) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code data} of the response; GraphQL errors become an exception, so a load client counts them. */
    public JsonNode execute(String document, Object... variableNamesAndValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < variableNamesAndValues.length; i += 2) {
            variables.put((String) variableNamesAndValues[i], variableNamesAndValues[i + 1]);
        }
        try {
            String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
            }
            JsonNode tree = JSON.readTree(response.body());
            if (tree.hasNonNull("errors") && !tree.get("errors").isEmpty()) {
                throw new IllegalStateException("GraphQL errors: " + tree.get("errors"));
            }
            return tree.get("data");
        } catch (IOException e) {
            throw new IllegalStateException("GraphQL request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
