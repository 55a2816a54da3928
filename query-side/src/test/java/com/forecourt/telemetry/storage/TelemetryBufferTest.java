package com.forecourt.telemetry.storage;

import com.forecourt.telemetry.TelemetryMetrics;
import com.forecourt.telemetry.event.TelemetryDocument;
import com.forecourt.telemetry.event.TelemetryEventType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TelemetryBufferTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final TelemetryBuffer tiny = new TelemetryBuffer(2, new TelemetryMetrics(registry));

    private static List<TelemetryDocument> documents(int count) {
        return Collections.nCopies(count, new TelemetryDocument(TelemetryEventType.VEHICLE_PAGE_VIEWED,
                Instant.parse("2026-11-30T10:00:00Z"), Map.of("type", "VehiclePageViewed")));
    }

    private double counter(String name, String tag, String value) {
        var counter = registry.find("forecourt.telemetry." + name).tag(tag, value).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void canTakeWhatFitsAndCountTheRestAsDroppedBecauseTheBufferWasFull() {
        int taken = tiny.offer(documents(5));

        assertThat(taken).isEqualTo(2);
        assertThat(counter("accepted", "type", "VehiclePageViewed")).isEqualTo(2);
        assertThat(counter("dropped", "reason", "buffer_full")).isEqualTo(3);
        assertThat(registry.get("forecourt.telemetry.buffered").gauge().value()).isEqualTo(2);
    }

    @Test
    void canTakeAgainOnceTheWriterHasDrainedIt() {
        tiny.offer(documents(2));
        List<TelemetryDocument> drained = tiny.drain(10);

        assertThat(drained).hasSize(2);
        assertThat(tiny.offer(documents(1))).isEqualTo(1);
        assertThat(counter("dropped", "reason", "buffer_full")).isZero();
    }
}
