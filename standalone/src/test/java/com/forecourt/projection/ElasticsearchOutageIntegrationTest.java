package com.forecourt.projection;

import com.forecourt.embedded.ElasticsearchServer;
import com.forecourt.embedded.EmbeddedStores;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A store that is down is not a poison event: while the Elasticsearch node is stopped, the search projections
 * report ERROR with the cause, keep their tokens and dead-letter nothing; the PostgreSQL read models carry on; and
 * when the node is back the search projections catch up by themselves.
 */
class ElasticsearchOutageIntegrationTest extends IntegrationTestSupport {

    private static final String STATUS = "query P($name: String!) { projection(name: $name) { status position "
            + "headPosition lagEvents deadLetters error } }";
    private static final String VEHICLE = "query V($vin: ID!) { vehicle(vin: $vin) { vin } }";
    private static final String SEARCH = "query S($q: String) { searchVehicles(query: $q, first: 100) { hits { vehicle { vin } } } }";

    @Value("${forecourt.embedded.data-dir}")
    private Path dataDirectory;

    @Test
    void canPauseSearchProjectionsWhileElasticsearchIsDownAndCatchUpWhenItReturns() {
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                assertThat(status("vehicle-search")).containsEntry("status", "RUNNING").containsEntry("lagEvents", 0));
        int deadLetters = (Integer) status("vehicle-search").get("deadLetters");
        EmbeddedStores stores = EmbeddedStores.forDataDirectory(dataDirectory);
        ElasticsearchServer node = stores.elasticsearch(ElasticsearchServer.Options.defaults());
        int port = node.port();
        String vin;

        node.stop();
        try {
            vin = new Shop(staff()).vehicle("Lancia", "Ypsilon", 990_000);

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                Map<String, Object> search = status("vehicle-search");
                assertThat(search.get("status")).isEqualTo("ERROR");
                assertThat((String) search.get("error")).isNotBlank();
                assertThat(((Number) search.get("lagEvents")).longValue()).isPositive();
            });
            // the PostgreSQL read model does not depend on Elasticsearch
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(vehicle(vin)).isNotNull());
            Map<String, Object> during = status("vehicle-search");
            assertThat(during.get("deadLetters")).isEqualTo(deadLetters);
            assertThat(((Number) during.get("lagEvents")).longValue()).as("the token has not moved past the vehicle")
                    .isPositive();
        } finally {
            stores.elasticsearch(ElasticsearchServer.Options.defaults().withPort(port));
        }

        await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> {
            Map<String, Object> search = status("vehicle-search");
            assertThat(search.get("status")).isEqualTo("RUNNING");
            assertThat(search.get("error")).isNull();
            assertThat(searchedVins()).contains(vin);
        });
        assertThat(status("vehicle-search").get("deadLetters")).isEqualTo(deadLetters);
        assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group in "
                + "('vehicle-search', 'order-search', 'event-log')", Integer.class)).isZero();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status(String name) {
        return admin().document(STATUS).variable("name", name).execute()
                .errors().verify().path("projection").entity(Map.class).get();
    }

    /** The car as the PostgreSQL read model shows it, or null while it does not know it yet. */
    private Map<String, Object> vehicle(String vin) {
        GraphQlTester.Response response = graphql().document(VEHICLE).variable("vin", vin).execute();
        response.errors().verify();
        return response.returnResponse().field("vehicle").getValue();
    }

    private List<String> searchedVins() {
        return graphql().document(SEARCH).variable("q", "Lancia Ypsilon").execute()
                .errors().verify().path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get();
    }
}
