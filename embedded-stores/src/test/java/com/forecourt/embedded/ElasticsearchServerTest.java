package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The parts of {@link ElasticsearchServer} that need no running node (one starts in query-side's integration tests). */
class ElasticsearchServerTest {

    @Test
    void settingsBindToLoopbackAsASingleUnsecuredNode() {
        String yaml = ElasticsearchServer.settingsYaml(19200, "forecourt-1a2b", Path.of("/d/data"), Path.of("/d/logs"));

        assertThat(yaml.lines()).contains(
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: 19200",
                "transport.port: 0",
                "node.name: forecourt-1a2b",
                "path.data: \"/d/data\"",
                "path.logs: \"/d/logs\"",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "xpack.security.enabled: false");
    }

    @Test
    void settingsNameNoModuleTheBundledDistributionLacks() {
        String yaml = ElasticsearchServer.settingsYaml(0, "n", Path.of("/d"), Path.of("/l"));

        // The integ-test distribution rejects these as unknown settings and refuses to start.
        assertThat(yaml).doesNotContain("ingest.geoip", "xpack.monitoring", "stack.templates", "deprecation_indexing");
    }

    @Test
    void pathsAreQuotedForYaml() {
        String yaml = ElasticsearchServer.settingsYaml(1, "n", Path.of("/odd \"dir\"/data"), Path.of("/l"));

        assertThat(yaml).contains("path.data: \"/odd \\\"dir\\\"/data\"");
    }

    @Test
    void heapMustBeAPlainMemorySize() {
        assertThat(new ElasticsearchServer.Options(0, "2g", Duration.ofSeconds(1)).heap()).isEqualTo("2g");
        assertThat(new ElasticsearchServer.Options(0, "768m", Duration.ofSeconds(1)).heap()).isEqualTo("768m");
        // It goes into ES_JAVA_OPTS: nothing that could smuggle in another JVM option.
        assertThatIllegalArgumentException().isThrownBy(() -> new ElasticsearchServer.Options(0, "512m -Dx=y", Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ElasticsearchServer.Options(0, "", Duration.ofSeconds(1)));
        assertThatIllegalArgumentException().isThrownBy(() -> new ElasticsearchServer.Options(0, "0m", Duration.ofSeconds(1)));
    }

    @Test
    void startupTimeoutMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ElasticsearchServer.Options(0, "512m", Duration.ZERO));
    }

    @Test
    void bundledVersionIsFilteredIntoTheResources() {
        assertThat(Distributions.elasticsearchVersion()).matches("\\d+\\.\\d+\\.\\d+");
    }
}
