package com.forecourt.projection;

import com.forecourt.testing.ForecourtProcess;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild survives SIGKILL: the packaged application is killed, with its database, in the middle of rebuilding
 * vehicle-listing; started again, it adopts the orphaned rebuild, resumes it from its own tokens and swaps in a
 * model equal, row by row, to the one the live processor had built event by event.
 */
class ProjectionRebuildRecoveryIntegrationTest extends IntegrationTestSupport {

    private static final int VEHICLES = 120;
    /** One event per transaction and a short lease, so the kill lands mid-rebuild and the restart adopts it soon. */
    private static final String[] SLOW_REBUILDS = {"--forecourt.projections.rebuild.batch-size=1",
            "--forecourt.projections.rebuild.segments=1", "--forecourt.projections.rebuild.lease=2s",
            "--forecourt.projections.rebuild.poll-interval=200ms"};
    private static final String STATUS = ForecourtProcess.request("{ projection(name: \\\"vehicle-listing\\\") { status activeVersion "
            + "lagEvents progress } }");
    private static final Pattern PROGRESS = Pattern.compile("\"progress\":([0-9.E-]+)");

    @Value("${forecourt.elasticsearch.uris}")
    private String elasticsearchUri;

    @TempDir
    private Path tempDir;

    @Test
    void canResumeARebuildKilledMidwayAndServeWhatTheLiveVersionServed() throws Exception {
        Path data = ForecourtProcess.traversable(tempDir.resolve("sigkill"));
        List<String> before;
        AtomicReference<Double> progressAtKill = new AtomicReference<>();
        try (ForecourtProcess first = ForecourtProcess.start(data, elasticsearchUri, SLOW_REBUILDS)) {
            for (int i = 0; i < VEHICLES; i++) {
                String vin = TestVehicles.uniqueVin();
                assertThat(first.graphql(ForecourtProcess.listVehicle(vin, "Ford", "Focus"))).contains(vin);
                assertThat(first.graphql(ForecourtProcess.request("mutation { changeVehiclePrice(vin: \\\"" + vin + "\\\", pricePence: "
                        + (900_000 + i) + ") }"))).contains(vin);
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(first.adminGraphql(STATUS)).contains("\"lagEvents\":0"));
            before = rows(first);
            assertThat(before).hasSize(VEHICLES);

            assertThat(first.adminGraphql(ForecourtProcess.request("mutation { rebuildProjection(name: \\\"vehicle-listing\\\") { status } }")))
                    .contains("REBUILDING");
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
                Matcher progress = PROGRESS.matcher(first.adminGraphql(STATUS));
                if (progress.find() && Double.parseDouble(progress.group(1)) > 0) {
                    progressAtKill.set(Double.parseDouble(progress.group(1)));
                    return true;
                }
                return false;
            });
            first.kill();
        }
        assertThat(progressAtKill.get()).as("killed in the middle of the rebuild").isBetween(0.0, 0.99);

        try (ForecourtProcess second = ForecourtProcess.start(data, elasticsearchUri, SLOW_REBUILDS)) {
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(second.adminGraphql(STATUS))
                    .contains("\"status\":\"RUNNING\"", "\"activeVersion\":2", "\"lagEvents\":0"));

            assertThat(rows(second)).isEqualTo(before);
            assertThat(count(second, "select count(*) from token_entry where processor_name like '%@rebuild'"))
                    .isZero();
            assertThat(count(second, "select count(*) from information_schema.schemata "
                    + "where schema_name like 'rebuild\\_%'")).isZero();
            second.terminate();
        }
    }



    private static List<String> rows(ForecourtProcess node) throws SQLException {
        try (Connection connection = DriverManager.getConnection(node.jdbcUrl(), "postgres", node.jdbcPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select row_to_json(t)::text as row from vehicle_listing t order by row")) {
            List<String> all = new ArrayList<>();
            while (rows.next()) {
                all.add(rows.getString(1));
            }
            return all;
        }
    }

    private static long count(ForecourtProcess node, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(node.jdbcUrl(), "postgres", node.jdbcPassword());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
