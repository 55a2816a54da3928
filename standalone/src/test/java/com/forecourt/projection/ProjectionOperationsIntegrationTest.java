package com.forecourt.projection;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Admins see how far every projection has come, replay one in place, and scrape the projection gauges. */
class ProjectionOperationsIntegrationTest extends IntegrationTestSupport {

    private static final List<String> PROJECTIONS = List.of("vehicle-listing", "customer-overview", "order-details",
            "delivery-days", "vehicle-search", "order-search", "event-log");
    private static final String FIELDS = "name store status activeVersion position headPosition lagEvents lagSeconds "
            + "progress eventsPerSecond etaSeconds deadLetters";
    private static final String LIST_ALL = "{ projections { " + FIELDS + " } }";
    private static final String ONE = "query P($name: String!) { projection(name: $name) { " + FIELDS + " } }";
    private static final String REPLAY = "mutation R($name: String!) { replayProjection(name: $name) { " + FIELDS + " } }";
    private static final String VEHICLE = """
            query V($vin: ID!) { vehicle(vin: $vin) { vin make model variant year mileage fuelType transmission
              bodyType colour pricePence description features status listedAt } }""";

    @Test
    void canListTheSevenProjectionsAsAdmin() {
        List<Map<String, Object>> projections = projections();

        assertThat(projections).extracting(projection -> projection.get("name"))
                .containsAll(PROJECTIONS)
                .doesNotContain("checkout-saga");
        for (Map<String, Object> projection : projections) {
            long head = number(projection, "headPosition");
            assertThat(number(projection, "lagEvents")).as("lag of %s", projection.get("name")).isNotNegative();
            assertThat((Integer) projection.get("activeVersion")).isPositive();
            assertThat(projection.get("status")).isIn("RUNNING", "REPLAYING", "REBUILDING", "STOPPED", "ERROR");
            if (projection.get("position") != null) {
                assertThat(head).as("head of %s", projection.get("name")).isGreaterThanOrEqualTo(number(projection, "position"));
            }
        }
        assertThat(projections).filteredOn(projection -> PROJECTIONS.contains(projection.get("name")))
                .extracting(projection -> projection.get("store"))
                .containsOnly("POSTGRESQL", "ELASTICSEARCH");
    }

    @Test
    void canSeeEveryProcessorSplitIntoTwoSegments() {
        List<String> processors = new ArrayList<>(PROJECTIONS);
        processors.add("checkout-saga");

        for (String processor : processors) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.queryForList(
                    "select segment from token_entry where processor_name = ? order by segment", Integer.class,
                    processor)).as("segments of %s", processor).containsExactly(0, 1));
        }
    }

    @Test
    void canSeeVehicleListingCatchUpAfterAVehicleIsListed() {
        new Shop(staff()).vehicle("Skoda", "Octavia", 1_250_000);

        await().ignoreExceptions().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            Map<String, Object> listing = projection("vehicle-listing");
            assertThat(number(listing, "lagEvents")).isZero();
            assertThat(listing.get("status")).isEqualTo("RUNNING");
            assertThat(number(listing, "position")).isEqualTo(number(listing, "headPosition"));
            assertThat(listing.get("lagSeconds")).isEqualTo(0.0);
            assertThat(listing.get("etaSeconds")).isEqualTo(0.0);
            assertThat(listing.get("progress")).isNull();
        });
    }

    @Test
    void canReplayVehicleListingInPlace() {
        String vin = new Shop(staff()).vehicle("Toyota", "Yaris", 1_099_500);
        await().ignoreExceptions().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(vehicle(vin)).isNotNull());
        Map<String, Object> before = vehicle(vin);

        Map<String, Object> replay = admin().document(REPLAY).variable("name", "vehicle-listing").execute()
                .errors().verify()
                .path("replayProjection").entity(Map.class).get();

        assertThat(replay.get("status")).isIn("REPLAYING", "RUNNING");
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> listing = projection("vehicle-listing");
            assertThat(listing.get("status")).isEqualTo("RUNNING");
            assertThat(listing.get("progress")).isNull();
            assertThat(number(listing, "lagEvents")).isZero();
            assertThat(number(listing, "position")).isEqualTo(number(listing, "headPosition"));
        });
        assertThat(vehicle(vin)).isEqualTo(before);
    }

    @Test
    void cannotSeeOrReplayProjectionsAsStaff() {
        staff().document(LIST_ALL).execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("FORBIDDEN"));
        staff().document(REPLAY).variable("name", "vehicle-listing").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("FORBIDDEN"));
    }

    @Test
    void cannotReplayAnUnknownProjection() {
        admin().document(REPLAY).variable("name", "no-such-projection").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("BAD_USER_INPUT"));
        admin().document(ONE).variable("name", "checkout-saga").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("BAD_USER_INPUT"));
    }

    @Test
    void canScrapeProjectionGaugesAsAdmin() {
        assertThat(scrape()).contains("forecourt_projection_lag_events{projection=\"vehicle-listing\"}",
                "forecourt_projection_head{projection=\"event-log\"}",
                "forecourt_projection_status{projection=\"order-search\",status=\"RUNNING\"}");
        // the sampler fills the gauges within a few seconds; before that they read NaN
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(scrape())
                .containsPattern("(?m)^forecourt_projection_lag_events\\{projection=\"vehicle-listing\"} [0-9]")
                .containsPattern("(?m)^forecourt_projection_status\\{projection=\"vehicle-listing\",status=\"(RUNNING|REPLAYING)\"} 1"));
    }

    private String scrape() {
        WebTestClient http = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10)).build();
        return http.get().uri("/actuator/prometheus")
                .headers(headers -> headers.setBasicAuth("admin", "admin"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> projections() {
        return admin().document(LIST_ALL).execute()
                .errors().verify()
                .path("projections").entity(List.class).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> projection(String name) {
        return admin().document(ONE).variable("name", name).execute()
                .errors().verify()
                .path("projection").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> vehicle(String vin) {
        return graphql().document(VEHICLE).variable("vin", vin).execute()
                .errors().verify()
                .path("vehicle").entity(Map.class).get();
    }

    private static long number(Map<String, Object> projection, String field) {
        return ((Number) projection.get(field)).longValue();
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> error.getExtensions().get("code")).toList();
    }
}
