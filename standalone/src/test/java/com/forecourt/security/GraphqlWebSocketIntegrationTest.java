package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

import static com.forecourt.testing.TestVehicles.aGolf;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The WebSocket endpoint applies the same rules; credentials come with the upgrade or in connection_init. */
class GraphqlWebSocketIntegrationTest extends IntegrationTestSupport {

    private static final String LIST = "mutation List($input: ListVehicleInput!) { listVehicle(input: $input) }";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

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
