package com.forecourt.order;

import com.forecourt.testing.Buyers;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.forecourt.testing.TestOrders.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A signed-in buyer's own checkout: available delivery dates, an order placed for themselves (the customer id from
 * their token), their orders in {@code me}, the live status, and cancelling. Tokens come from the real authorization
 * code flow (Buyers).
 */
class BuyerOrdersIntegrationTest extends IntegrationTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String PLACE = "mutation P($input: PlaceOrderInput!) { placeOrder(input: $input) }";
    private static final String STATUS = "query O($id: ID!) { order(id: $id) { status customer { id } } }";
    private static final String AVAILABLE = "query A($from: Date!, $to: Date!) { availableDeliveryDates(from: $from,"
            + " to: $to) { date freeSlots } }";

    @Test
    void canPlaceAnOrderForMyselfWithoutACustomerId() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        HttpGraphQlTester me = bearer(buyers.signIn(buyer).accessToken());
        Shop shop = new Shop(staff());
        String orderId = newId();

        me.document(PLACE).variable("input", order(orderId, null, shop.vehicle("Seat", "Ibiza", 800_000),
                shop.deliveryDay(2))).execute().path("placeOrder").entity(String.class).isEqualTo(orderId);

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> me.document(STATUS)
                .variable("id", orderId).execute()
                .path("order.status").entity(String.class).isEqualTo("CONFIRMED")
                .path("order.customer.id").entity(String.class).isEqualTo(buyer.customerId()));
    }

    @Test
    void cannotPlaceAnOrderWithoutACustomerIdAsStaff() {
        Shop shop = new Shop(staff());
        String orderId = newId();

        staff().document(PLACE).variable("input", order(orderId, null, shop.vehicle("Seat", "Leon", 800_000),
                shop.deliveryDay(2))).execute().errors().satisfy(errors ->
                assertThat(codes(errors)).containsExactly("BAD_USER_INPUT"));

        assertThat(eventsFor(orderId)).isZero();
    }

    @Test
    void canSeeMyOrdersAndCreditInMe() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        HttpGraphQlTester me = bearer(buyers.signIn(buyer).accessToken());
        Shop shop = new Shop(staff());
        String orderId = shop.order(buyer.customerId(), shop.vehicle("Seat", "Arona", 1_000_000), shop.deliveryDay(2));

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> me
                .document("{ me { availableCreditPence orders { edges { node { id status } } } } }").execute()
                .path("me.orders.edges[0].node.id").entity(String.class).isEqualTo(orderId)
                .path("me.orders.edges[0].node.status").entity(String.class).isEqualTo("CONFIRMED")
                .path("me.availableCreditPence").entity(Integer.class).isEqualTo(4_000_000));
    }

    @Test
    void canCancelMyOwnOrder() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        HttpGraphQlTester me = bearer(buyers.signIn(buyer).accessToken());
        Shop shop = new Shop(staff());
        String orderId = shop.order(buyer.customerId(), shop.vehicle("Seat", "Ateca", 1_000_000), shop.deliveryDay(2));
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> me.document(STATUS)
                .variable("id", orderId).execute().path("order.status").entity(String.class).isEqualTo("CONFIRMED"));

        me.document("mutation C($id: ID!) { cancelOrder(orderId: $id, reason: \"Found another car\") }")
                .variable("id", orderId).execute().path("cancelOrder").entity(String.class).isEqualTo(orderId);

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> me.document(STATUS)
                .variable("id", orderId).execute().path("order.status").entity(String.class).isEqualTo("CANCELLED"));
    }

    @Test
    void canFollowMyOrderLiveWithTheTokenInConnectionInit() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        String token = buyers.signIn(buyer).accessToken();
        Shop shop = new Shop(staff());
        String orderId = shop.order(buyer.customerId(), shop.vehicle("Seat", "Tarraco", 1_000_000), shop.deliveryDay(2));
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://127.0.0.1:" + port + "/graphql",
                new StandardWebSocketClient()).interceptor(new WebSocketGraphQlClientInterceptor() {
                    @Override
                    public Mono<Object> connectionInitPayload() {
                        return Mono.just(Map.of("Authorization", "Bearer " + token));
                    }
                }).build();
        try {
            List<String> statuses = client.document("subscription S($id: ID!) { orderStatusChanged(orderId: $id)"
                            + " { status } }").variable("id", orderId).executeSubscription()
                    .map(response -> response.field("orderStatusChanged.status").toEntity(String.class))
                    .takeUntil("CONFIRMED"::equals)
                    .collectList().block(TIMEOUT);

            assertThat(statuses).last().isEqualTo("CONFIRMED");
        } finally {
            client.stop().block(TIMEOUT);
        }
    }

    @Test
    void canSeeOnlyDaysWithFreeSlotsAndNoOrders() {
        Shop shop = new Shop(staff());
        LocalDate full = shop.deliveryDay(1);
        LocalDate half = full.plusDays(1);
        shop.execute(Shop.OPEN, Map.of("date", half.toString(), "capacity", 2)).path("openDeliveryDay").hasValue();
        String customer = shop.customer(5_000_000);
        String first = shop.order(customer, shop.vehicle("Seat", "Mii", 500_000), full);
        String second = shop.order(customer, shop.vehicle("Seat", "Alhambra", 500_000), half);
        for (String order : List.of(first, second)) {
            await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().document(STATUS)
                    .variable("id", order).execute().path("order.status").entity(String.class).isEqualTo("CONFIRMED"));
        }

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> graphql().document(AVAILABLE)
                .variable("from", full.toString()).variable("to", half.toString()).execute()
                .path("availableDeliveryDates").entityList(Map.class)
                .containsExactly(Map.of("date", half.toString(), "freeSlots", 1)));
    }

    @Test
    void canSeeNoDaysBeforeToday() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);

        graphql().document(AVAILABLE).variable("from", yesterday.minusDays(10).toString())
                .variable("to", yesterday.toString()).execute()
                .path("availableDeliveryDates").entityList(Object.class).hasSize(0);
    }

    @Test
    void cannotAskForMoreThanSixtyDays() {
        LocalDate from = LocalDate.now(ZoneOffset.UTC);

        graphql().document(AVAILABLE).variable("from", from.toString()).variable("to", from.plusDays(60).toString())
                .execute().errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("BAD_USER_INPUT"));
    }

    private static Map<String, Object> order(String id, String customerId, String vin, LocalDate date) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", id);
        if (customerId != null) {
            input.put("customerId", customerId);
        }
        input.put("vin", vin);
        input.put("deliveryDate", date.toString());
        return input;
    }

    private HttpGraphQlTester bearer(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql")
                .responseTimeout(TIMEOUT).defaultHeaders(headers -> headers.setBearerAuth(token)).build());
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> error.getExtensions().get("code")).toList();
    }
}
