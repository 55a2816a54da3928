package com.forecourt.eventlog;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Redelivery;
import com.forecourt.testing.Shop;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Every domain event lands once in the domain-events index, however often it is delivered. */
class EventLogIntegrationTest extends IntegrationTestSupport {

    private static final String PRICE = "mutation P($vin: ID!, $p: Int!) { changeVehiclePrice(vin: $vin, pricePence: $p) }";

    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TransactionManager transactions;

    @Test
    @SuppressWarnings("unchecked")
    void eachEventIsOneDocumentEvenWhenDeliveredAgain() throws Exception {
        String vin = new Shop(staff()).vehicle("Fiat", "500", 800_000);
        staff().document(PRICE).variable("vin", vin).variable("p", 750_000).execute();
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).until(() -> events(vin).size() == 2);

        Redelivery redelivery = new Redelivery(eventStore, processing, transactions, jdbc);
        List<TrackedEventMessage<?>> stored = redelivery.storedEvents(vin);
        redelivery.deliver("event-log", stored);
        redelivery.deliver("event-log", List.of(stored.get(0)));
        elasticsearch.indices().refresh(r -> r.index("domain-events"));

        List<Map<String, Object>> documents = events(vin);
        assertThat(documents).hasSize(2);
        assertThat(documents.get(0)).containsEntry("type", "VehicleListed").containsEntry("aggregateType", "Vehicle")
                .containsEntry("sequenceNumber", 0).containsEntry("globalPosition",
                        ((Number) stored.get(0).trackingToken().position().orElseThrow()).intValue());
        assertThat(documents.get(1)).containsEntry("type", "VehiclePriceChanged");
        assertThat((Map<String, Object>) documents.get(1).get("payload")).containsEntry("pricePence", 750_000);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private List<Map<String, Object>> events(String vin) throws Exception {
        elasticsearch.indices().refresh(r -> r.index("domain-events"));
        SearchResponse<Map> response = elasticsearch.search(s -> s.index("domain-events")
                .query(q -> q.term(t -> t.field("aggregateId").value(vin)))
                .sort(o -> o.field(f -> f.field("sequenceNumber"))), Map.class);
        return response.hits().hits().stream().map(hit -> (Map<String, Object>) hit.source()).toList();
    }
}
