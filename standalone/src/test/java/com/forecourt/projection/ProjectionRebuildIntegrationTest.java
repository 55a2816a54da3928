package com.forecourt.projection;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.ReadModelSnapshot;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Admins rebuild projections without downtime: the next version is built beside the live one, which keeps
 * answering, and is swapped in once it has caught up; what it serves then equals what the live version served. A
 * replay in place leaves every model as it was, too.
 */
class ProjectionRebuildIntegrationTest extends IntegrationTestSupport {

    private static final List<String> PROJECTIONS = List.of("vehicle-listing", "customer-overview", "order-details",
            "delivery-days", "vehicle-search", "order-search", "event-log");
    private static final String FIELDS = "name status activeVersion position headPosition lagEvents progress "
            + "eventsPerSecond etaSeconds";
    private static final String REBUILD = "mutation B($name: String!) { rebuildProjection(name: $name) { " + FIELDS + " } }";
    private static final String REPLAY = "mutation R($name: String!) { replayProjection(name: $name) { " + FIELDS + " } }";
    private static final String ALL = "{ projections { " + FIELDS + " } }";
    private static final String VEHICLE = "query V($vin: ID!) { vehicle(vin: $vin) { vin status pricePence } }";
    private static final String SEARCH = """
            query S($text: String) { searchVehicles(query: $text, first: 100) { hits { vehicle { vin } } } }""";

    @Autowired
    private ElasticsearchClient elasticsearch;

    @Test
    void canRebuildEveryProjectionWhileQueriesKeepAnsweringAndServeTheSameModelAfterwards() {
        Shop shop = new Shop(staff());
        String vin = shop.vehicle("Volvo", "V60", 2_150_000);
        String customer = shop.customer(5_000_000);
        LocalDate day = shop.deliveryDay(3);
        shop.order(customer, shop.vehicle("Volvo", "XC40", 2_600_000), day);
        Map<String, Object> quiet = awaitQuiet();
        Map<String, Integer> versions = versions();
        ReadModelSnapshot before = ReadModelSnapshot.take(jdbc, elasticsearch);

        for (String name : PROJECTIONS) {
            Map<String, Object> started = rebuild(name);
            assertThat(started.get("status")).as(name).isEqualTo("REBUILDING");
            assertThat(started.get("activeVersion")).as(name).isEqualTo(versions.get(name));
        }

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            // the live versions answer throughout: never empty, never half-built
            assertThat(vehicle(vin)).containsEntry("status", "AVAILABLE");
            assertThat(searchedVins("Volvo V60")).contains(vin);
            for (Map<String, Object> projection : projections()) {
                if (PROJECTIONS.contains(projection.get("name"))) {
                    assertThat(projection.get("status")).as("%s", projection).isEqualTo("RUNNING");
                    assertThat(projection.get("activeVersion")).as("%s", projection)
                            .isEqualTo(versions.get((String) projection.get("name")) + 1);
                    assertThat(((Number) projection.get("lagEvents")).longValue()).as("%s", projection).isZero();
                }
            }
        });

        assertThat(headPosition()).as("no event arrived meanwhile, so the models must be equal")
                .isEqualTo(((Number) quiet.get("headPosition")).longValue());
        ReadModelSnapshot after = ReadModelSnapshot.take(jdbc, elasticsearch);
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(after.documents()).isEqualTo(before.documents());
        assertThat(jdbc.queryForObject("select count(*) from information_schema.schemata "
                + "where schema_name like 'rebuild\\_%'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from token_entry where processor_name like '%@rebuild'",
                Integer.class)).isZero();
    }

    @Test
    void canReplayEveryProjectionInPlaceAndServeTheSameModelAfterwards() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(4_000_000);
        shop.order(customer, shop.vehicle("Kia", "Ceed", 1_750_000), shop.deliveryDay(2));
        Map<String, Object> quiet = awaitQuiet();
        ReadModelSnapshot before = ReadModelSnapshot.take(jdbc, elasticsearch);

        for (String name : PROJECTIONS) {
            assertThat(admin().document(REPLAY).variable("name", name).execute().errors().verify()
                    .path("replayProjection.name").entity(String.class).get()).isEqualTo(name);
        }

        awaitQuiet();
        assertThat(headPosition()).as("no event arrived meanwhile, so the models must be equal")
                .isEqualTo(((Number) quiet.get("headPosition")).longValue());
        ReadModelSnapshot after = ReadModelSnapshot.take(jdbc, elasticsearch);
        assertThat(after.rows()).isEqualTo(before.rows());
        assertThat(after.documents()).isEqualTo(before.documents());
    }

    @Test
    void canSwapTheSearchAliasToTheNewIndexAndDropTheOldOne() throws Exception {
        awaitQuiet();
        int version = versions().get("vehicle-search");

        rebuild("vehicle-search");

        awaitRunningAt("vehicle-search", version + 1);
        assertThat(elasticsearch.indices().getAlias(a -> a.name("vehicles")).result())
                .containsOnlyKeys("vehicles_v" + (version + 1));
        // the old version is dropped after the hand-over has committed, so status may read the new version first
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(elasticsearch.indices().exists(e -> e.index("vehicles_v" + version)).value()).isFalse());
    }

    @Test
    void canListAVehicleWhileItsProjectionsAreRebuiltAndFindItInTheNewVersion() {
        awaitQuiet();
        Map<String, Integer> versions = versions();
        rebuild("vehicle-listing");
        rebuild("vehicle-search");

        String vin = new Shop(staff()).vehicle("Honda", "Jazz", 1_450_000);

        awaitRunningAt("vehicle-listing", versions.get("vehicle-listing") + 1);
        awaitRunningAt("vehicle-search", versions.get("vehicle-search") + 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(vehicle(vin)).containsEntry("vin", vin);
            assertThat(searchedVins("Honda Jazz")).contains(vin);
        });
    }

    @Test
    void cannotStartTwoRebuildsOfOneProjectionAtOnce() throws Exception {
        awaitQuiet();
        int version = versions().get("order-details");
        ExecutorService admins = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Object>>> requests = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                requests.add(admins.submit(() -> {
                    List<Object> codes = new ArrayList<>();
                    admin().document(REBUILD).variable("name", "order-details").execute()
                            .errors().satisfy(errors -> codes.addAll(codes(errors)));
                    return codes;
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<List<Object>> request : requests) {
                List<Object> codes = request.get(1, TimeUnit.MINUTES);
                outcomes.add(codes.isEmpty() ? "STARTED" : codes);
            }

            assertThat(outcomes).containsExactlyInAnyOrder("STARTED", List.of("PROJECTION_BUSY"));
        } finally {
            admins.shutdownNow();
        }
        awaitRunningAt("order-details", version + 1);
    }

    @Test
    void cannotRebuildOrReplayHereWhileAnotherNodeRebuilds() {
        awaitQuiet();
        // what another query-side node sharing this database writes when it starts a rebuild
        jdbc.update("insert into projection_rebuild (projection, target_version, start_position, target_position, "
                + "started_at, owner, heartbeat) values ('delivery-days', 99, -1, 0, now(), 'another-node', now())");
        try {
            admin().document(REBUILD).variable("name", "delivery-days").execute()
                    .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("PROJECTION_BUSY"));
            admin().document(REPLAY).variable("name", "delivery-days").execute()
                    .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("PROJECTION_BUSY"));
            assertThat(projections()).filteredOn(projection -> "delivery-days".equals(projection.get("name")))
                    .singleElement().satisfies(projection -> assertThat(projection.get("status")).isEqualTo("REBUILDING"));
        } finally {
            jdbc.update("delete from projection_rebuild where projection = 'delivery-days' and owner = 'another-node'");
        }
    }

    @Test
    void cannotRebuildAnUnknownProjection() {
        admin().document(REBUILD).variable("name", "checkout-saga").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("BAD_USER_INPUT"));
    }

    @Test
    void cannotRebuildAsStaff() {
        staff().document(REBUILD).variable("name", "vehicle-listing").execute()
                .errors().satisfy(errors -> assertThat(codes(errors)).containsExactly("FORBIDDEN"));
    }

    private Map<String, Object> awaitQuiet() {
        Map<String, Object> last = new HashMap<>();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            long head = headPosition();
            for (Map<String, Object> projection : projections()) {
                if (PROJECTIONS.contains(projection.get("name"))) {
                    assertThat(projection.get("status")).as("%s", projection).isEqualTo("RUNNING");
                    assertThat(((Number) projection.get("lagEvents")).longValue()).as("%s", projection).isZero();
                    assertThat(((Number) projection.get("headPosition")).longValue()).isEqualTo(head);
                    last.putAll(projection);
                }
            }
        });
        return last;
    }

    private void awaitRunningAt(String name, int version) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<String, Object> projection = projections().stream()
                    .filter(candidate -> name.equals(candidate.get("name"))).findFirst().orElseThrow();
            assertThat(projection.get("activeVersion")).as("%s", projection).isEqualTo(version);
            assertThat(projection.get("status")).as("%s", projection).isEqualTo("RUNNING");
        });
    }

    private Map<String, Integer> versions() {
        Map<String, Integer> versions = new HashMap<>();
        projections().forEach(projection -> versions.put((String) projection.get("name"),
                (Integer) projection.get("activeVersion")));
        return versions;
    }

    private long headPosition() {
        Long head = jdbc.queryForObject("select coalesce(max(global_index), -1) from domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rebuild(String name) {
        return admin().document(REBUILD).variable("name", name).execute()
                .errors().verify()
                .path("rebuildProjection").entity(Map.class).get();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> projections() {
        return admin().document(ALL).execute().errors().verify().path("projections").entity(List.class).get();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> vehicle(String vin) {
        return graphql().document(VEHICLE).variable("vin", vin).execute()
                .errors().verify().path("vehicle").entity(Map.class).get();
    }

    private List<String> searchedVins(String text) {
        return graphql().document(SEARCH).variable("text", text).execute()
                .errors().verify().path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get();
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> error.getExtensions().get("code")).toList();
    }
}
