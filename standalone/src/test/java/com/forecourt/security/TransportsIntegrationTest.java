package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

/** Only the documented transports carry operations: JSON over POST and GET, subscriptions over the WebSocket. */
class TransportsIntegrationTest extends IntegrationTestSupport {

    private static final String SUBSCRIPTION =
            "subscription { orderStatusChanged(orderId: \"0b7e4a52-2c0a-4f4f-8f7e-3b0c2c1f6a11\") { status } }";

    @Test
    void cannotSubscribeOverHttpPost() {
        http().post().uri("/graphql")
                .headers(headers -> headers.setBasicAuth("staff", "staff"))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.parseMediaType("application/graphql-response+json"))
                .bodyValue(Map.of("query", SUBSCRIPTION))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("UNSUPPORTED_TRANSPORT")
                .jsonPath("$.errors[0].message").value(message -> org.assertj.core.api.Assertions
                        .assertThat((String) message).contains("WebSocket"));
    }

    @Test
    void cannotAskForServerSentEvents() {
        http().post().uri("/graphql")
                .headers(headers -> headers.setBasicAuth("staff", "staff"))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .bodyValue(Map.of("query", SUBSCRIPTION))
                .exchange()
                .expectStatus().isEqualTo(406)
                .expectBody()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("UNSUPPORTED_TRANSPORT");
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
