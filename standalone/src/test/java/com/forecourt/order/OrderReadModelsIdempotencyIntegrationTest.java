package com.forecourt.order;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Redelivery;
import com.forecourt.testing.Shop;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * order-details, customer-overview and delivery-days ignore repeated events and older events delivered after newer
 * ones (ADR 4): every stored event of a delivered order's aggregates is delivered again, then the oldest ones once
 * more, and the rows stay exactly as they were.
 */
class OrderReadModelsIdempotencyIntegrationTest extends IntegrationTestSupport {

    @Autowired
    private EventStore eventStore;
    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TransactionManager transactions;

    private Redelivery redelivery;
    private String customer;
    private String vin;
    private LocalDate date;
    private String order;

    @BeforeEach
    void aDeliveredOrder() {
        redelivery = new Redelivery(eventStore, processing, transactions, jdbc);
        Shop shop = new Shop(staff());
        customer = shop.customer(5_000_000);
        vin = shop.vehicle("Volvo", "V60", 2_000_000);
        date = shop.deliveryDay(4);
        order = shop.order(customer, vin, date);
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff()
                .document(OrderLifecycleIntegrationTest.ORDER).variable("id", order).execute()
                .path("order.status").entity(String.class).isEqualTo("CONFIRMED"));
        staff().document(OrderLifecycleIntegrationTest.DELIVER).variable("id", order).execute();
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("select status from order_details where order_id = ?", String.class,
                    UUID.fromString(order))).isEqualTo("DELIVERED");
            assertThat(jdbc.queryForObject("select status from customer_overview_order where order_id = ?",
                    String.class, UUID.fromString(order))).isEqualTo("DELIVERED");
            assertThat(jdbc.queryForObject("select settled_pence from customer_overview where customer_id = ?",
                    Long.class, UUID.fromString(customer))).isEqualTo(2_000_000L);
            assertThat(jdbc.queryForObject("select count(*) from delivery_day_booking where delivery_date = ?",
                    Integer.class, date)).isEqualTo(1);
        });
    }

    @Test
    void orderDetailsIgnoresRepeatedAndOlderEvents() {
        List<Map<String, Object>> before = orderDetailsRows();
        assertThat(before).hasSizeGreaterThanOrEqualTo(3 + 1 + 1); // timeline, customer, car, order

        replay("order-details", order, customer, vin);

        assertThat(orderDetailsRows()).isEqualTo(before);
    }

    @Test
    void customerOverviewIgnoresRepeatedAndOlderEvents() {
        List<Map<String, Object>> before = customerOverviewRows();

        replay("customer-overview", customer, order);

        assertThat(customerOverviewRows()).isEqualTo(before);
    }

    @Test
    void deliveryDaysIgnoresRepeatedAndOlderEvents() {
        List<Map<String, Object>> before = deliveryDayRows();

        replay("delivery-days", date.toString());

        assertThat(deliveryDayRows()).isEqualTo(before);
    }

    /** All events of the aggregates again in one batch, then each aggregate's first two events, newest first. */
    private void replay(String group, String... aggregateIds) {
        List<TrackedEventMessage<?>> all = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            all.addAll(redelivery.storedEvents(aggregateId));
        }
        redelivery.deliver(group, all);
        for (String aggregateId : aggregateIds) {
            List<TrackedEventMessage<?>> events = redelivery.storedEvents(aggregateId);
            for (int i = Math.min(1, events.size() - 1); i >= 0; i--) {
                redelivery.deliver(group, List.of(events.get(i)));
            }
        }
    }

    private List<Map<String, Object>> orderDetailsRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select order_id::text, status, price_pence, delivery_date::text, "
                + "rejection_reason, placed_at::text, last_sequence from order_details where order_id = ?",
                UUID.fromString(order)));
        rows.addAll(jdbc.queryForList("select id, status, changed_at::text, detail from order_details_timeline "
                + "where order_id = ? order by sequence", UUID.fromString(order)));
        rows.addAll(jdbc.queryForList("select customer_id::text, name, email from order_details_customer "
                + "where customer_id = ?", UUID.fromString(customer)));
        rows.addAll(jdbc.queryForList("select vin, make, model, model_year, price_pence, last_sequence "
                + "from order_details_vehicle where vin = ?", vin));
        return rows;
    }

    private List<Map<String, Object>> customerOverviewRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select customer_id::text, name, email, address_line1, address_line2, address_town, address_postcode, "
                + "credit_limit_pence, "
                + "reserved_pence, settled_pence, last_sequence from customer_overview where customer_id = ?",
                UUID.fromString(customer)));
        rows.addAll(jdbc.queryForList("select order_id::text, status, last_sequence from customer_overview_order "
                + "where customer_id = ?", UUID.fromString(customer)));
        return rows;
    }

    private List<Map<String, Object>> deliveryDayRows() {
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.queryForList("select delivery_date::text, capacity, last_sequence from delivery_day "
                + "where delivery_date = ?", date));
        rows.addAll(jdbc.queryForList("select id, order_id::text, booked_at::text from delivery_day_booking "
                + "where delivery_date = ?", date));
        return rows;
    }
}
