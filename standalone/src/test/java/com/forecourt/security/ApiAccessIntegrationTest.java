package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.forecourt.testing.TestVehicles.aGolf;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what: the catalogue is public, mutations need STAFF, metrics need ADMIN. */
class ApiAccessIntegrationTest extends IntegrationTestSupport {

    private static final String LIST = "mutation List($input: ListVehicleInput!) { listVehicle(input: $input) }";
    private static final String SEARCH = "query { searchVehicles(first: 1) { total } }";

    @Test
    void canSearchTheCatalogueAnonymously() {
        graphql().document(SEARCH).execute()
                .errors().verify()
                .path("searchVehicles.total").hasValue();
    }

    @Test
    void cannotListAVehicleAnonymously() {
        String vin = uniqueVin();

        graphql().document(LIST).variable("input", aGolf(vin)).execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("UNAUTHENTICATED"));

        assertThat(eventsFor(vin)).isZero();
    }

    @Test
    void canListAVehicleAsStaff() {
        String vin = uniqueVin();

        staff().document(LIST).variable("input", aGolf(vin)).execute()
                .path("listVehicle").entity(String.class).isEqualTo(vin);

        assertThat(eventsFor(vin)).isEqualTo(1);
    }

    @Test
    void cannotListAVehicleWithoutTheStaffRole() {
        String vin = uniqueVin();

        graphqlAs("visitor", "visitor").document(LIST).variable("input", aGolf(vin)).execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("FORBIDDEN"));

        assertThat(eventsFor(vin)).isZero();
    }

    @Test
    void cannotReadACustomerAnonymously() {
        graphql().document("{ customer(id: \"6f1c3f7e-2a52-4f57-9d0f-0c2b5d5f0a11\") { name email } }").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("UNAUTHENTICATED"));
    }

    @Test
    void cannotListOrdersAnonymously() {
        graphql().document("{ orders(first: 5) { totalCount } }").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("UNAUTHENTICATED"));
    }

    @Test
    void cannotReadTheDeliveryScheduleWithoutTheStaffRole() {
        graphqlAs("visitor", "visitor")
                .document("{ deliverySchedule(from: \"2026-12-01\", to: \"2026-12-07\") { date booked } }").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("FORBIDDEN"));
    }

    @Test
    void cannotSearchWithAWrongPassword() {
        WebTestClient.ResponseSpec response = http().post().uri("/graphql")
                .headers(headers -> headers.setBasicAuth("staff", "not-the-password"))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", SEARCH))
                .exchange();

        response.expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=.*")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void cannotReadMetricsAnonymously() {
        http().get().uri("/actuator/metrics").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void cannotReadMetricsAsStaff() {
        http().get().uri("/actuator/metrics").headers(headers -> headers.setBasicAuth("staff", "staff"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void canReadMetricsAsAdmin() {
        http().get().uri("/actuator/metrics").headers(headers -> headers.setBasicAuth("admin", "admin"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void canCheckHealthAnonymously() {
        http().get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> error.getExtensions().get("code")).toList();
    }
}
