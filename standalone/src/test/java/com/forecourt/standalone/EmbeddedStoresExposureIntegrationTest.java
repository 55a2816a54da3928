package com.forecourt.standalone;

import com.forecourt.embedded.PostgresServer;
import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What another process on this machine can reach of the embedded stores: PostgreSQL only with the generated password,
 * Elasticsearch only on the loopback interface (it has no security module; docs/security.md says what that means).
 */
class EmbeddedStoresExposureIntegrationTest extends IntegrationTestSupport {

    @Autowired
    private Environment environment;

    @Test
    void cannotConnectToTheEmbeddedPostgresqlAsTheSuperuserWithoutThePassword() {
        String url = environment.getRequiredProperty("spring.datasource.url");

        assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "")).isInstanceOf(SQLException.class);
    }

    @Test
    void canConnectToTheEmbeddedPostgresqlWithThePasswordFileThatOnlyItsOwnerReads() throws Exception {
        Path passwordFile = PostgresServer.passwordFile(dataDirectory());
        String url = environment.getRequiredProperty("spring.datasource.url");

        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String password = Files.readString(passwordFile).strip().split(":", 5)[4];
        try (Connection connection = DriverManager.getConnection(url, "postgres", password);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from domain_event_entry")) {
            assertThat(result.next()).isTrue();
        }
    }

    @Test
    void canReachTheEmbeddedElasticsearchOnTheLoopbackInterfaceOnly() throws Exception {
        String uri = environment.getRequiredProperty("forecourt.elasticsearch.uris");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(uri + "/_nodes/_local/http,transport")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode node = JsonMapper.builder().build().readTree(response.body()).path("nodes").values().iterator().next();
        List<String> bound = new ArrayList<>();
        node.path("http").path("bound_address").forEach(address -> bound.add(address.asString()));
        node.path("transport").path("bound_address").forEach(address -> bound.add(address.asString()));
        assertThat(bound).isNotEmpty().allSatisfy(address -> assertThat(address).startsWith("127.0.0.1:"));
        assertThat(node.path("http").path("publish_address").asString()).startsWith("127.0.0.1:");
    }

    private Path dataDirectory() {
        return Path.of(environment.getRequiredProperty("forecourt.embedded.data-dir"));
    }
}
