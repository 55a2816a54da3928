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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two nodes of one deployment, sharing PostgreSQL and Elasticsearch: they split the segments, both report the same
 * figures (the token store is the source of truth), and a rebuild started on one is reported by both and carried
 * out once.
 */
class TwoNodesIntegrationTest extends IntegrationTestSupport {

    private static final String FIGURES = ForecourtProcess.request("{ projections { name activeVersion position headPosition } }");
    private static final String LISTING = ForecourtProcess.request("{ projection(name: \\\"vehicle-listing\\\") { status activeVersion "
            + "lagEvents } }");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");

    @Value("${forecourt.elasticsearch.uris}")
    private String elasticsearchUri;

    @TempDir
    private Path tempDir;

    @Test
    void canSplitSegmentsReportTheSameFiguresAndCarryOutARebuildOnce() {
        try (ForecourtProcess first = ForecourtProcess.start(ForecourtProcess.traversable(tempDir.resolve("first")),
                elasticsearchUri);
             ForecourtProcess second = ForecourtProcess.startBeside(first,
                     ForecourtProcess.traversable(tempDir.resolve("second")), elasticsearchUri)) {
            for (int i = 0; i < 5; i++) {
                String vin = TestVehicles.uniqueVin();
                assertThat(first.graphql(ForecourtProcess.listVehicle(vin, "Seat", "Ibiza"))).contains(vin);
            }
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(first.adminGraphql(LISTING)).contains("\"lagEvents\":0"));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(second.adminGraphql(FIGURES)).isEqualTo(first.adminGraphql(FIGURES)));
            // the first node claimed every segment at start; it hands half of them to the second
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(owners(first))
                    .as("owners of vehicle-listing's segments").hasSize(2));

            assertThat(second.adminGraphql(ForecourtProcess.request("mutation { rebuildProjection(name: \\\"vehicle-listing\\\") "
                    + "{ status } }"))).contains("REBUILDING");
            assertThat(first.adminGraphql(ForecourtProcess.request("mutation { rebuildProjection(name: \\\"vehicle-listing\\\") "
                    + "{ status } }"))).contains("PROJECTION_BUSY");

            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
                assertThat(first.adminGraphql(LISTING)).contains("\"activeVersion\":2", "\"lagEvents\":0");
                assertThat(status(first.adminGraphql(LISTING))).isEqualTo("RUNNING");
                assertThat(second.adminGraphql(LISTING)).contains("\"activeVersion\":2", "\"status\":\"RUNNING\"");
            });
            assertThat(second.log()).containsOnlyOnce("Projection vehicle-listing now serves version 2");
            assertThat(first.log()).doesNotContain("Rebuilding projection vehicle-listing", "now serves version 2");
            // the other node drops its claims on the replaced tokens and continues from the new ones
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(first.log())
                    .contains("Projection vehicle-listing moved to version 2 on another node"));
            first.terminate();
            second.terminate();
        }
    }

    private static List<String> owners(ForecourtProcess node) throws SQLException {
        try (Connection connection = DriverManager.getConnection(node.jdbcUrl(), "postgres", node.jdbcPassword());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select distinct owner from token_entry "
                     + "where processor_name = 'vehicle-listing' and owner is not null")) {
            List<String> owners = new ArrayList<>();
            while (rows.next()) {
                owners.add(rows.getString(1));
            }
            return owners;
        }
    }

    private static String status(String response) {
        Matcher matcher = STATUS.matcher(response);
        return matcher.find() ? matcher.group(1) : response;
    }
}
