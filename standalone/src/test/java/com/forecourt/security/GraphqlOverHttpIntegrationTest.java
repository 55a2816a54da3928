package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.Map;

import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL-over-HTTP specification: POST or GET, and its own response media type. */
class GraphqlOverHttpIntegrationTest extends IntegrationTestSupport {

    private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

    @Test
    void canSearchWithGet() {
        http().get().uri(uri -> uri.path("/graphql")
                        .queryParam("query", "{encoded}")
                        .build("query Search($first: Int) { searchVehicles(first: $first) { total } }"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.errors").doesNotExist()
                .jsonPath("$.data.searchVehicles.total").isNumber();
    }

    @Test
    void cannotSendAMutationWithGet() {
        String vin = uniqueVin();
        String mutation = "mutation { listVehicle(input: {vin: \"" + vin + "\", make: \"Mazda\", model: \"MX-5\", "
                + "year: 2019, mileage: 12000, fuelType: PETROL, transmission: MANUAL, bodyType: \"Convertible\", "
                + "colour: \"Red\", pricePence: 1500000, description: \"Roadster\"}) }";

        http().get().uri(uri -> uri.path("/graphql").queryParam("query", "{encoded}").build(mutation))
                .headers(headers -> headers.setBasicAuth("staff", "staff"))
                .exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().valueEquals(HttpHeaders.ALLOW, "POST")
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("BAD_USER_INPUT");

        assertThat(eventsFor(vin)).isZero();
    }

    @Test
    void canGetTheGraphqlResponseMediaTypeWhenAcceptingIt() {
        http().post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(GRAPHQL_RESPONSE, MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ searchVehicles(first: 1) { total } }"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(GRAPHQL_RESPONSE)
                .expectBody().jsonPath("$.data.searchVehicles.total").isNumber();
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
