package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

import static com.forecourt.testing.TestVehicles.aGolf;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The WebSocket endpoint applies the same rules; credentials come with the upgrade or in connection_init. */
class GraphqlWebSocketIntegrationTest extends IntegrationTestSupport {

    private static final String LIST = "mutation List($input: ListVehicleInput!) { listVehicle(input: $input) }";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String FOLLOW = "subscription F($id: ID!) { orderStatusChanged(orderId: $id) { status } }";

    @Test
    void canListAVehicleWithCredentialsInConnectionInit() {
        String vin = uniqueVin();

        ClientGraphQlResponse response = list(vin, builder -> builder.interceptor(initPayload("staff", "staff")));

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("listVehicle").<String>getValue()).isEqualTo(vin);
    }

    @Test
    void canListAVehicleWithCredentialsOnTheUpgradeRequest() {
        String vin = uniqueVin();

        ClientGraphQlResponse response = list(vin, builder -> builder.headers(h -> h.setBasicAuth("staff", "staff")));

        assertThat(response.getErrors()).isEmpty();
        assertThat(response.field("listVehicle").<String>getValue()).isEqualTo(vin);
    }

    @Test
    void cannotListAVehicleOverAnAnonymousWebSocket() {
        String vin = uniqueVin();

        ClientGraphQlResponse response = list(vin, builder -> { });

        assertThat(response.getErrors()).extracting(ResponseError::getExtensions)
                .extracting(extensions -> extensions.get("code")).containsExactly("UNAUTHENTICATED");
        assertThat(eventsFor(vin)).isZero();
    }

    @Test
    void cannotOpenAWebSocketWithAWrongPasswordInConnectionInit() {
        String vin = uniqueVin();

        assertThatThrownBy(() -> list(vin, builder -> builder.interceptor(initPayload("staff", "wrong"))))
                .hasMessageContaining("4401");
        assertThat(eventsFor(vin)).isZero();
    }

    @Test
    void cannotOpenMoreWebSocketsThanTheLimitPerClient() throws Exception {
        List<WebSocketSession> open = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                open.add(connect(new CompletableFuture<>()));
            }
            CompletableFuture<CloseStatus> refused = new CompletableFuture<>();

            connect(refused);

            CloseStatus status = refused.get(30, TimeUnit.SECONDS);
            assertThat(status.getCode()).isEqualTo(4429);
            assertThat(status.getReason()).isEqualTo("TOO_MANY_CONNECTIONS");
        } finally {
            for (WebSocketSession session : open) {
                session.close();
            }
        }
    }

    @Test
    void cannotRunMoreSubscriptionsThanTheLimitPerClient() throws Exception {
        Shop shop = new Shop(staff());
        String order = shop.order(shop.customer(5_000_000), shop.vehicle("Skoda", "Fabia", 900_000), shop.deliveryDay(2));
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff()
                .document("query O($id: ID!) { order(id: $id) { status } }").variable("id", order).execute()
                .path("order.status").entity(String.class).isEqualTo("CONFIRMED"));
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://127.0.0.1:" + port + "/graphql",
                new StandardWebSocketClient()).headers(h -> h.setBasicAuth("staff", "staff")).build();
        List<Disposable> running = new ArrayList<>();
        try {
            // each of the fifty gets the order's current state first, so each is running when counted
            CountDownLatch started = new CountDownLatch(50);
            for (int i = 0; i < 50; i++) {
                running.add(client.document(FOLLOW).variable("id", order).executeSubscription()
                        .subscribe(response -> started.countDown()));
            }
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            List<Object> codes = client.document(FOLLOW).variable("id", order).executeSubscription()
                    .map(response -> codes(response.getErrors()))
                    .onErrorResume(SubscriptionErrorException.class, e -> Mono.just(codes(e.getErrors())))
                    .blockFirst(TIMEOUT);

            assertThat(codes).containsExactly("TOO_MANY_SUBSCRIPTIONS");
        } finally {
            running.forEach(Disposable::dispose);
            client.stop().block(TIMEOUT);
        }
    }

    private WebSocketSession connect(CompletableFuture<CloseStatus> closed) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.setSecWebSocketProtocol("graphql-transport-ws");
        return new org.springframework.web.socket.client.standard.StandardWebSocketClient()
                .execute(new AbstractWebSocketHandler() {
                    @Override
                    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
                        closed.complete(status);
                    }
                }, headers, URI.create("ws://127.0.0.1:" + port + "/graphql")).get(30, TimeUnit.SECONDS);
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> error.getExtensions().get("code")).toList();
    }

    private ClientGraphQlResponse list(String vin, Consumer<WebSocketGraphQlClient.Builder<?>> configuration) {
        WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient.builder(
                "ws://127.0.0.1:" + port + "/graphql", new StandardWebSocketClient());
        configuration.accept(builder);
        WebSocketGraphQlClient client = builder.build();
        try {
            return client.document(LIST).variable("input", aGolf(vin)).execute().block(TIMEOUT);
        } finally {
            client.stop().block(TIMEOUT);
        }
    }

    private static WebSocketGraphQlClientInterceptor initPayload(String user, String password) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new WebSocketGraphQlClientInterceptor() {
            @Override
            public Mono<Object> connectionInitPayload() {
                return Mono.just(Map.of("Authorization", "Basic " + basic));
            }
        };
    }
}
