package com.forecourt.order;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The analysts' orders index: denormalised documents, idempotent under re-delivery. */
class OrderSearchIndexIntegrationTest extends IntegrationTestSupport {

    @Autowired
    private ElasticsearchClient elasticsearch;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TransactionManager transactions;

    @Test
    @SuppressWarnings("rawtypes")
    void aDeliveredOrderIsOneDocumentWithCustomerAndCarAndIgnoresRedelivery() throws Exception {
        Shop shop = new Shop(staff());
        String customer = shop.customer(5_000_000);
        String vin = shop.vehicle("Audi", "A3", 2_100_000);
        LocalDate date = shop.deliveryDay(2);
        String order = shop.order(customer, vin, date);
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff()
                .document(OrderLifecycleIntegrationTest.ORDER).variable("id", order).execute()
                .path("order.status").entity(String.class).isEqualTo("CONFIRMED"));
        staff().document(OrderLifecycleIntegrationTest.DELIVER).variable("id", order).execute();

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map source = document(order).source();
            assertThat(source).containsEntry("status", "DELIVERED").containsEntry("make", "Audi")
                    .containsEntry("model", "A3").containsEntry("customerId", customer)
                    .containsEntry("pricePence", 2_100_000).containsEntry("deliveryDate", date.toString());
            assertThat(source.get("customerName")).asString().startsWith("Ada Lovelace");
            assertThat(source.get("minutesToDelivery")).isNotNull();
        });
        GetResponse<Map> before = document(order);

        Redelivery redelivery = new Redelivery(eventStore, processing, transactions, jdbc);
        List<TrackedEventMessage<?>> events = new ArrayList<>(redelivery.storedEvents(customer));
        events.addAll(redelivery.storedEvents(vin));
        events.addAll(redelivery.storedEvents(order));
        redelivery.deliver("order-search", events);
        List<TrackedEventMessage<?>> orderEvents = redelivery.storedEvents(order);
        redelivery.deliver("order-search", List.of(orderEvents.get(1)));
        redelivery.deliver("order-search", List.of(orderEvents.get(0)));

        GetResponse<Map> after = document(order);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.source()).isEqualTo(before.source());
    }

    @Test
    void handlesAllEventsInTheirGlobalOrderSoLookupsComeFirst() {
        assertThat(processing.sequencingPolicy("order-search"))
                .isInstanceOf(org.axonframework.eventhandling.async.SequentialPolicy.class);
    }

    @SuppressWarnings("rawtypes")
    private GetResponse<Map> document(String order) throws Exception {
        return elasticsearch.get(g -> g.index("orders").id(order), Map.class);
    }
}
