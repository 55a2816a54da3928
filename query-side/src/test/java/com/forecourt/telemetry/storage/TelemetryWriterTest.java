package com.forecourt.telemetry.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.forecourt.telemetry.TelemetryMetrics;
import com.forecourt.telemetry.event.TelemetryDocument;
import com.forecourt.telemetry.event.TelemetryEventType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With no Elasticsearch listening (a real client, a port nothing listens on) the writer drops, counts and goes on. */
class TelemetryWriterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TelemetryMetrics metrics = new TelemetryMetrics(registry);
    private final TelemetryBuffer buffer = new TelemetryBuffer(1000, metrics);
    private final RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", closedPort(), "http")).build();
    private final TelemetryWriter writer = new TelemetryWriter(buffer,
            new TelemetryStore(new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper())),
                    new TelemetryIndices("")),
            metrics, new ThreadPoolTaskScheduler(), 100, Duration.ofSeconds(1));

    @AfterEach
    void close() throws IOException {
        rest.close();
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<TelemetryDocument> documents(int count) {
        return Collections.nCopies(count, new TelemetryDocument(TelemetryEventType.SEARCH_MADE,
                Instant.parse("2026-11-30T10:00:00Z"), Map.of("type", "SearchMade")));
    }

    private double dropped(String reason) {
        var counter = registry.find("forecourt.telemetry.dropped").tag("reason", reason).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void canDropAndCountEveryBatchWhenElasticsearchIsUnreachable() {
        buffer.offer(documents(250));

        int taken = writer.flush();

        assertThat(taken).isEqualTo(250);
        assertThat(buffer.size()).isZero();
        assertThat(dropped("store_unavailable")).isEqualTo(250);
        assertThat(registry.get("forecourt.telemetry.written").counter().count()).isZero();
    }

    @Test
    void canGiveUpAfterOneFailureWhenShuttingDown() {
        buffer.offer(documents(250));

        writer.destroy();

        assertThat(buffer.size()).isZero();
        assertThat(dropped("store_unavailable")).isEqualTo(250);
    }
}
