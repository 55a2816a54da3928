package com.forecourt.projection.deadletter;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A row or document a store refuses when the batch commits is attributed to its event, whose sequence is
 * dead-lettered with the cause, while later cars keep arriving; a store that is down stays a pause and retry
 * (ElasticsearchOutageIntegrationTest). Each test builds a refusal out of data that passed every input rule: a
 * mapping or a constraint the car's variant does not fit.
 */
class CommitFailureDeadLetterIntegrationTest extends IntegrationTestSupport {

    private static final String LETTERS = """
            query D($projection: String!) { deadLetters(projection: $projection, first: 500) {
              id eventType aggregateId cause retries } }""";
    private static final String RETRY = "mutation R($projection: String!) { retryDeadLetters(projection: $projection) }";
    private static final String EVICT = """
            mutation E($projection: String!, $id: ID!) { evictDeadLetter(projection: $projection, id: $id) }""";
    private static final String STATUS = "query P($name: String!) { projection(name: $name) { status lagEvents error } }";
    private static final String REBUILD = "mutation B($name: String!) { rebuildProjection(name: $name) { status } }";
    private static final String VEHICLE = "query V($vin: ID!) { vehicle(vin: $vin) { vin variant } }";
    private static final String SEARCH = """
            query S($q: String) { searchVehicles(query: $q, first: 100) { hits { vehicle { vin variant } } } }""";
    private static final Duration SECONDS = Duration.ofSeconds(20);

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Test
    void canDeadLetterACarElasticsearchRefusesAtCommitWhileLaterCarsStaySearchable() throws IOException {
        String model = "Refusal" + TestVehicles.uniqueVin().substring(0, 6).replaceAll("[0-9]", "q").toLowerCase();
        String refused = TestVehicles.uniqueVin();
        String later = TestVehicles.uniqueVin();
        variantMustBeNumeric(false);
        try {
            list(refused, model, "GTI");
            list(later, model, null);

            await().ignoreExceptions().atMost(SECONDS).untilAsserted(() ->
                    assertThat(searchedVins(model)).containsExactly(later));
            Map<String, Object> letter = awaitLetterOf("vehicle-search", refused);
            assertThat(letter.get("eventType")).isEqualTo("VehicleListed");
            assertThat(letter.get("cause").toString()).contains("DocumentRejectedException")
                    .contains("variant.asNumber").doesNotContain("GTI");
            await().atMost(SECONDS).untilAsserted(() -> assertThat(status("vehicle-search"))
                    .containsEntry("status", "RUNNING").containsEntry("lagEvents", 0).containsEntry("error", null));

            variantMustBeNumeric(true); // the fix: Elasticsearch now skips a variant that is not a number
            Integer cleared = admin().document(RETRY).variable("projection", "vehicle-search").execute()
                    .path("retryDeadLetters").entity(Integer.class).get();

            assertThat(cleared).isPositive();
            await().ignoreExceptions().atMost(SECONDS).untilAsserted(() ->
                    assertThat(searchedVins(model)).containsExactlyInAnyOrder(refused, later));
            assertThat(lettersOf("vehicle-search", refused)).isEmpty();
        } finally {
            variantMustBeNumeric(true);
            evictAll("vehicle-search", refused);
        }
    }

    @Test
    void canDeadLetterACarPostgresqlRefusesAtCommitWhileLaterCarsAreListed() {
        String refused = TestVehicles.uniqueVin();
        String later = TestVehicles.uniqueVin();
        refuseVariant("POISON-LIVE");
        try {
            list(refused, "Poisoned", "POISON-LIVE");
            list(later, "Poisoned", null);

            await().ignoreExceptions().atMost(SECONDS).untilAsserted(() -> assertThat(vehicle(later)).isNotNull());
            Map<String, Object> letter = awaitLetterOf("vehicle-listing", refused);
            assertThat(letter.get("cause").toString()).contains("SQLState 23514")
                    .contains("constraint test_no_poison").doesNotContain(refused + ",");
            assertThat(vehicle(refused)).isNull();
            await().atMost(SECONDS).untilAsserted(() -> assertThat(status("vehicle-listing"))
                    .containsEntry("status", "RUNNING").containsEntry("lagEvents", 0));

            jdbc.execute("alter table vehicle_listing drop constraint test_no_poison");
            admin().document(RETRY).variable("projection", "vehicle-listing").execute().errors().verify();

            assertThat(vehicle(refused)).containsEntry("variant", "POISON-LIVE");
            assertThat(lettersOf("vehicle-listing", refused)).isEmpty();
        } finally {
            jdbc.execute("alter table vehicle_listing drop constraint if exists test_no_poison");
            evictAll("vehicle-listing", refused);
        }
    }

    @Test
    void canFinishARebuildThatMeetsARefusedEventAndKeepItsDeadLetter() {
        String refused = TestVehicles.uniqueVin();
        refuseVariant("POISON-REBUILD");
        try {
            list(refused, "Poisoned", "POISON-REBUILD");
            String before = awaitLetterOf("vehicle-listing", refused).get("id").toString();
            int version = activeVersion("vehicle-listing");

            admin().document(REBUILD).variable("name", "vehicle-listing").execute().errors().verify();

            await().atMost(Duration.ofMinutes(1)).untilAsserted(() ->
                    assertThat(activeVersion("vehicle-listing")).isEqualTo(version + 1));
            Map<String, Object> after = awaitLetterOf("vehicle-listing", refused);
            assertThat(after.get("id")).as("the rebuild's own letter").isNotEqualTo(before);
            assertThat(after.get("eventType")).isEqualTo("VehicleListed");
            assertThat(jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group like '%@rebuild'",
                    Integer.class)).isZero();
        } finally {
            jdbc.execute("alter table vehicle_listing drop constraint if exists test_no_poison");
            admin().document(RETRY).variable("projection", "vehicle-listing").execute();
            evictAll("vehicle-listing", refused);
        }
    }

    /** A constraint for new rows only (NOT VALID), copied into a rebuild's tables like every constraint. */
    private void refuseVariant(String variant) {
        jdbc.execute("alter table vehicle_listing add constraint test_no_poison check (variant is distinct from '"
                + variant + "') not valid");
    }

    private void variantMustBeNumeric(boolean ignoreOtherwise) throws IOException {
        elasticsearch.indices().putMapping(m -> m.index("vehicles").properties("variant", p -> p.text(t -> t
                .analyzer("standard").copyTo("searchText")
                .fields("asNumber", f -> f.long_(l -> l.ignoreMalformed(ignoreOtherwise))))));
    }

    private void list(String vin, String model, String variant) {
        staff().document("mutation L($input: ListVehicleInput!) { listVehicle(input: $input) }")
                .variable("input", TestVehicles.listing(vin, "Volkswagen", model, variant, 1_000_000, "Test car",
                        List.of()))
                .execute().errors().verify();
    }

    private List<String> searchedVins(String text) {
        return graphql().document(SEARCH).variable("q", text).execute()
                .path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get();
    }

    /** The car as vehicle-listing shows it, or null while it does not know it. */
    private Map<String, Object> vehicle(String vin) {
        GraphQlTester.Response response = graphql().document(VEHICLE).variable("vin", vin).execute();
        response.errors().verify();
        return response.returnResponse().field("vehicle").getValue();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> status(String name) {
        return admin().document(STATUS).variable("name", name).execute().errors().verify()
                .path("projection").entity(Map.class).get();
    }

    private int activeVersion(String name) {
        return admin().document("query P($name: String!) { projection(name: $name) { activeVersion } }")
                .variable("name", name).execute().path("projection.activeVersion").entity(Integer.class).get();
    }

    private Map<String, Object> awaitLetterOf(String projection, String vin) {
        return await().ignoreExceptions().atMost(SECONDS).until(() -> lettersOf(projection, vin),
                letters -> !letters.isEmpty()).get(0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Map<String, Object>> lettersOf(String projection, String vin) {
        HttpGraphQlTester admin = admin();
        List<Map> letters = admin.document(LETTERS).variable("projection", projection).execute()
                .errors().verify().path("deadLetters").entityList(Map.class).get();
        return letters.stream().map(letter -> (Map<String, Object>) letter)
                .filter(letter -> vin.equals(letter.get("aggregateId"))).toList();
    }

    private void evictAll(String projection, String vin) {
        lettersOf(projection, vin).forEach(letter -> admin().document(EVICT).variable("projection", projection)
                .variable("id", letter.get("id")).execute());
    }
}
