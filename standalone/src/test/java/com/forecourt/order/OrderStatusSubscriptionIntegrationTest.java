package com.forecourt.order;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.WebSocketGraphQlTester;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** orderStatusChanged over a real graphql-transport-ws WebSocket, pushed by the order-details projection. */
class OrderStatusSubscriptionIntegrationTest extends IntegrationTestSupport {

    private static final String SUBSCRIBE = """
            subscription S($id: ID!) { orderStatusChanged(orderId: $id) { id status timeline { status } } }
            """;

    @Test
    void aSubscriberSeesEveryStatusOfAnOrderUntilItIsDelivered() throws Exception {
        Shop shop = new Shop(staff());
        String customer = shop.customer(5_000_000);
        String vin = shop.vehicle("Toyota", "Yaris", 1_200_000);
        LocalDate date = shop.deliveryDay(2);
        String order = UUID.randomUUID().toString();
        WebSocketGraphQlTester socket = WebSocketGraphQlTester.builder("ws://127.0.0.1:" + port + "/graphql",
                        new StandardWebSocketClient())
                .headers(headers -> headers.setBasicAuth("staff", "staff"))
                .build();
        try {
            CompletableFuture<List<String>> statuses = socket.document(SUBSCRIBE).variable("id", order)
                    .executeSubscription()
                    .toFlux("orderStatusChanged.status", String.class)
                    .collectList()
                    .toFuture();
            Thread.sleep(1_000); // let the subscription reach the server before the order exists

            shop.execute(Shop.PLACE, java.util.Map.of("input",
                    com.forecourt.testing.TestOrders.anOrder(order, customer, vin, date)));
            await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff()
                    .document(OrderLifecycleIntegrationTest.ORDER).variable("id", order).execute()
                    .path("order.status").entity(String.class).isEqualTo("CONFIRMED"));
            staff().document(OrderLifecycleIntegrationTest.DELIVER).variable("id", order).execute()
                    .path("markOrderDelivered").entity(String.class).isEqualTo(order);

            assertThat(statuses.get(30, TimeUnit.SECONDS)).containsExactly("PENDING", "CONFIRMED", "DELIVERED");
        } finally {
            socket.stop().block(Duration.ofSeconds(10));
        }
    }
}
