package com.forecourt.vehicle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Redelivery;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.forecourt.testing.TestVehicles.listing;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Price changes, withdrawal and suggestions, on both vehicle read models, and their idempotency. */
class VehicleLifecycleIntegrationTest extends IntegrationTestSupport {

    private static final String LIST = "mutation L($input: ListVehicleInput!) { listVehicle(input: $input) }";
    private static final String PRICE = "mutation P($vin: ID!, $p: Int!) { changeVehiclePrice(vin: $vin, pricePence: $p) }";
    private static final String WITHDRAW = "mutation W($vin: ID!, $r: String!) { withdrawVehicle(vin: $vin, reason: $r) }";
    private static final String FIND = "query F($vin: ID!) { vehicle(vin: $vin) { vin pricePence status } }";
    private static final String SEARCH = """
            query S($query: String, $status: [VehicleStatus!]) {
              searchVehicles(query: $query, filter: {status: $status}, first: 100) { hits { vehicle { vin pricePence status } } }
            }
            """;
    private static final String SUGGEST = "query G($p: String!, $l: Int) { suggestVehicles(prefix: $p, limit: $l) }";

    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TransactionManager transactions;

    @Test
    void aPriceChangeReachesTheListingAndTheSearchIndex() {
        String vin = uniqueVin();
        staff().document(LIST).variable("input", golf(vin)).execute();

        staff().document(PRICE).variable("vin", vin).variable("p", 1_499_500).execute()
                .path("changeVehiclePrice").entity(String.class).isEqualTo(vin);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            graphql().document(FIND).variable("vin", vin).execute()
                    .path("vehicle").hasValue()
                    .path("vehicle.pricePence").entity(Integer.class).isEqualTo(1_499_500);
            assertThat(searchHit(vin, "AVAILABLE")).containsEntry("pricePence", 1_499_500);
        });
    }

    @Test
    void aWithdrawnCarLeavesTheCatalogueButKeepsItsPage() {
        String vin = uniqueVin();
        staff().document(LIST).variable("input", golf(vin)).execute();
        await().atMost(Duration.ofSeconds(10)).until(() -> searchHit(vin, "AVAILABLE") != null);

        staff().document(WITHDRAW).variable("vin", vin).variable("r", "Failed inspection").execute()
                .path("withdrawVehicle").entity(String.class).isEqualTo(vin);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            graphql().document(FIND).variable("vin", vin).execute()
                    .path("vehicle").hasValue()
                    .path("vehicle.status").entity(String.class).isEqualTo("WITHDRAWN");
            assertThat(searchHit(vin, "AVAILABLE")).isNull();
            assertThat(searchHit(vin, "WITHDRAWN")).containsEntry("status", "WITHDRAWN");
        });
    }

    @Test
    void suggestsMakesAndModelsOfCarsOnSaleOnly() {
        String make = "Zq" + uniqueVin().substring(0, 8).replaceAll("[0-9]", "k").toLowerCase();
        String onSale = uniqueVin();
        String withdrawn = uniqueVin();
        staff().document(LIST).variable("input", listing(onSale, make, "Alpha", null, 900_000, "Nice", List.of())).execute();
        staff().document(LIST).variable("input", listing(withdrawn, make, "Beta", null, 900_000, "Nice", List.of())).execute();
        staff().document(WITHDRAW).variable("vin", withdrawn).variable("r", "Sold elsewhere").execute();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(suggest(make.substring(0, 6))).containsExactly(make);
            assertThat(suggest(make + " al")).containsExactly(make + " Alpha");
            assertThat(suggest(make + " be")).isEmpty();
        });
    }

    private List<String> suggest(String prefix) {
        return graphql().document(SUGGEST).variable("p", prefix).variable("l", 10).execute()
                .path("suggestVehicles").entityList(String.class).get();
    }

    @Test
    void cannotAskForTooManySuggestions() {
        graphql().document(SUGGEST).variable("p", "vol").variable("l", 21).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void repeatedAndOlderEventsLeaveBothReadModelsUnchanged() throws Exception {
        String vin = uniqueVin();
        staff().document(LIST).variable("input", golf(vin)).execute();
        staff().document(PRICE).variable("vin", vin).variable("p", 1_500_000).execute();
        staff().document(PRICE).variable("vin", vin).variable("p", 1_400_000).execute();
        staff().document(WITHDRAW).variable("vin", vin).variable("r", "Accident damage").execute();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(searchHit(vin, "WITHDRAWN")).containsEntry("pricePence", 1_400_000);
            assertThat(listingRow(vin)).containsEntry("status", "WITHDRAWN");
        });
        Map<String, Object> rowBefore = listingRow(vin);
        GetResponse<Map> documentBefore = document(vin);

        Redelivery redelivery = new Redelivery(eventStore, processing, transactions, jdbc);
        List<TrackedEventMessage<?>> events = redelivery.storedEvents(vin);
        assertThat(events).hasSize(4);
        // everything again, then the first price change after the newest event
        for (String group : List.of("vehicle-listing", "vehicle-search")) {
            redelivery.deliver(group, events);
            redelivery.deliver(group, List.of(events.get(1)));
            redelivery.deliver(group, List.of(events.get(0)));
        }

        assertThat(listingRow(vin)).isEqualTo(rowBefore);
        GetResponse<Map> documentAfter = document(vin);
        assertThat(documentAfter.version()).isEqualTo(documentBefore.version());
        assertThat(documentAfter.source()).isEqualTo(documentBefore.source());
        assertThat(documentAfter.source()).containsEntry("pricePence", 1_400_000).containsEntry("status", "WITHDRAWN");
    }

    /** A car findable by its VIN in the full-text search. */
    private static Map<String, Object> golf(String vin) {
        return listing(vin, "Volkswagen", "Golf", "GTI", 1_649_500, "Hot hatch " + vin, List.of("Sat nav"));
    }

    private Map<String, Object> listingRow(String vin) {
        return jdbc.queryForMap("select price_pence, description, status, last_sequence, withdrawal_reason, "
                + "reserved_order_id::text as reserved_order_id, array_to_string(features, '|') as features "
                + "from vehicle_listing where vin = ?", vin);
    }

    @SuppressWarnings("rawtypes")
    private GetResponse<Map> document(String vin) throws Exception {
        return elasticsearch.get(g -> g.index("vehicles").id(vin), Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> searchHit(String vin, String status) {
        GraphQlTester.Response response = graphql().document(SEARCH).variable("query", vin)
                .variable("status", List.of(status)).execute();
        List<Map<String, Object>> hits = response.path("searchVehicles.hits[*].vehicle").entityList(Map.class).get()
                .stream().map(m -> (Map<String, Object>) m).toList();
        return hits.stream().filter(hit -> vin.equals(hit.get("vin"))).findFirst().orElse(null);
    }
}
