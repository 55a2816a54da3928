package com.forecourt.standalone;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedRuntimeIntegrationTest extends IntegrationTestSupport {

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Autowired
    private ApplicationContext context;

    @Test
    void storesEventPayloadsAndMetadataAsByteaNotLargeObjects() {
        Map<String, String> types = Map.of(
                "payload", type("domain_event_entry", "payload"),
                "meta_data", type("domain_event_entry", "meta_data"),
                "token", type("token_entry", "token"),
                "serialized_saga", type("saga_entry", "serialized_saga"));

        assertThat(types).allSatisfy((column, type) -> assertThat(type).as(column).isEqualTo("bytea"));
    }

    @Test
    void drawsTheGlobalIndexFromADedicatedUnpooledSequence() {
        Map<String, Object> sequence = jdbc.queryForMap("""
                select increment_by, cache_size from pg_sequences
                where sequencename = 'domain_event_entry_global_index_seq'""");

        assertThat(sequence).containsEntry("increment_by", 1L).containsEntry("cache_size", 1L);
        assertThat(jdbc.queryForObject("""
                select column_default from information_schema.columns
                where table_name = 'domain_event_entry' and column_name = 'global_index'""", String.class))
                .contains("domain_event_entry_global_index_seq");
    }

    @Test
    void runsPostgresWithDurableCommits() {
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void letsFlywayAloneOwnTheSchema() {
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success", Integer.class);

        assertThat(applied).isGreaterThanOrEqualTo(3);
        assertThat(context.getEnvironment().getProperty("spring.jpa.hibernate.ddl-auto")).isEqualTo("none");
    }

    @Test
    void serializesEventsAsJson() throws Exception {
        String vin = TestVehicles.uniqueVin();
        staff().document("mutation L($input: ListVehicleInput!) { listVehicle(input: $input) }")
                .variable("input", TestVehicles.aGolf(vin)).execute().path("listVehicle").hasValue();

        byte[] payload = jdbc.queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ?", byte[].class, vin);

        var json = new ObjectMapper().readTree(payload);
        assertThat(json.get("vin").asText()).isEqualTo(vin);
        assertThat(json.get("listedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    }

    @Test
    void runsAxonUnitsOfWorkInSpringTransactions() {
        assertThat(context.getBean(org.axonframework.common.transaction.TransactionManager.class))
                .isInstanceOf(org.axonframework.spring.messaging.unitofwork.SpringTransactionManager.class);
    }

    @Test
    void keepsAxonsUpdateCheckerSwitchedOff() {
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
        assertThat(context.getBeanNamesForType(org.axonframework.updates.UpdateChecker.class)).isEmpty();
    }

    @Test
    void servesTheSearchIndexBehindAnAlias() throws Exception {
        var alias = elasticsearch.indices().getAlias(a -> a.name("vehicles"));

        // version 1 until a test has rebuilt vehicle-search
        assertThat(alias.result()).containsOnlyKeys("vehicles_v" + jdbc.query(
                "select active_version from projection_version where projection = 'vehicle-search'",
                (row, index) -> row.getInt(1)).stream().findFirst().orElse(1));
    }

    @Test
    void servesGraphiqlWithoutAnyCdn() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();

        String page = http.get().uri("/graphiql").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("/webjars/graphiql/graphiql.min.js").doesNotContain("https://", "http://");
        for (String asset : new String[]{"/webjars/graphiql/graphiql.min.js", "/webjars/graphiql/graphiql.min.css",
                "/webjars/react/umd/react.production.min.js", "/webjars/react-dom/umd/react-dom.production.min.js",
                "/graphiql/forecourt-graphiql.js"}) {
            http.get().uri(asset).exchange().expectStatus().isOk();
        }
    }

    @Test
    void exportsMetricsForPrometheusToAdmins() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();

        String metrics = http.get().uri("/actuator/prometheus")
                .headers(headers -> headers.setBasicAuth("admin", "admin"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).contains("jvm_memory_used_bytes");
    }

    private String type(String table, String column) {
        return jdbc.queryForObject("""
                select data_type from information_schema.columns where table_name = ? and column_name = ?""",
                String.class, table, column);
    }
}
