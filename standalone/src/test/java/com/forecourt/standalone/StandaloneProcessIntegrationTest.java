package com.forecourt.standalone;

import com.forecourt.testing.ForecourtProcess;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Value;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The packaged jar as users run it: real signals, real restarts. */
class StandaloneProcessIntegrationTest extends IntegrationTestSupport {

    @Value("${forecourt.elasticsearch.uris}")
    private String elasticsearchUri;

    @TempDir
    private Path tempDir;

    @Test
    void leavesNoDatabaseProcessBehindOnSigterm() throws Exception {
        Path dataDirectory = ForecourtProcess.traversable(tempDir.resolve("sigterm"));
        List<ProcessHandle> tree;
        try (ForecourtProcess forecourt = ForecourtProcess.start(dataDirectory, elasticsearchUri)) {
            tree = forecourt.processTree();
            assertThat(tree).anySatisfy(p -> assertThat(p.info().command().orElse("")).endsWith("postgres"));

            forecourt.terminate();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(tree).noneMatch(ProcessHandle::isAlive));
    }

    @Test
    void keepsListedVehiclesAcrossARestart() throws Exception {
        Path dataDirectory = ForecourtProcess.traversable(tempDir.resolve("restart"));
        String vin = TestVehicles.uniqueVin();
        String list = "{\"query\":\"mutation { listVehicle(input: {vin: \\\"" + vin + "\\\", make: \\\"Mazda\\\", "
                + "model: \\\"MX-5\\\", year: 2019, mileage: 12000, fuelType: PETROL, transmission: MANUAL, "
                + "bodyType: \\\"Convertible\\\", colour: \\\"Red\\\", pricePence: 1500000, "
                + "description: \\\"Roadster\\\"}) }\"}";
        String find = "{\"query\":\"{ vehicle(vin: \\\"" + vin + "\\\") { vin model } }\"}";
        try (ForecourtProcess first = ForecourtProcess.start(dataDirectory, elasticsearchUri)) {
            assertThat(first.graphql(list)).contains(vin);
            await().atMost(Duration.ofSeconds(10)).until(() -> first.graphql(find).contains("MX-5"));
            first.terminate();
        }

        try (ForecourtProcess second = ForecourtProcess.start(dataDirectory, elasticsearchUri)) {
            assertThat(second.graphql(find)).contains("\"model\":\"MX-5\"");
            second.terminate();
        }
    }
}
