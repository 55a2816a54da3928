package com.forecourt.telemetry.storage;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelemetryIndicesTest {

    private final TelemetryIndices plain = new TelemetryIndices("");
    private final TelemetryIndices prefixed = new TelemetryIndices("process-8080-");

    private static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }

    @Test
    void canNameTheIndexOfTheMonthAnEventWasReceivedInUtc() {
        assertThat(plain.indexFor(Instant.parse("2026-11-30T23:59:59.999Z"))).isEqualTo("telemetry-2026.11");
        assertThat(plain.indexFor(Instant.parse("2026-12-01T00:00:00Z"))).isEqualTo("telemetry-2026.12");
        assertThat(prefixed.indexFor(Instant.parse("2027-01-15T12:00:00Z"))).isEqualTo("process-8080-telemetry-2027.01");
    }

    @Test
    void canPutThePrefixBeforeTheAliasPatternAndTemplate() {
        assertThat(prefixed.alias()).isEqualTo("process-8080-telemetry");
        assertThat(prefixed.pattern()).isEqualTo("process-8080-telemetry-*");
        assertThat(prefixed.template()).isEqualTo("process-8080-telemetry");
    }

    @Test
    void canReadTheMonthOfAnIndexItNamed() {
        assertThat(prefixed.month("process-8080-telemetry-2025.09")).contains(YearMonth.of(2025, 9));
    }

    @Test
    void cannotReadAMonthFromAnotherName() {
        assertThat(plain.month("telemetry-2025.13")).isEmpty();
        assertThat(plain.month("telemetry-2025.9")).isEmpty();
        assertThat(plain.month("telemetry-2025.09-restored")).isEmpty();
        assertThat(plain.month("process-8080-telemetry-2025.09")).isEmpty();
        assertThat(plain.month("vehicles_v1")).isEmpty();
    }

    @Test
    void canExpireOnlyMonthsWhoseEveryEventIsOlderThanTheRetention() {
        List<String> indices = List.of("telemetry-2026.11", "telemetry-2025.10", "telemetry-2025.09",
                "telemetry-2024.02", "telemetry-notes");

        // 1 November 2026: every event of September 2025 is more than 13 months old; October 2025's last are not
        assertThat(plain.expired(indices, at("2026-11-01T00:00:00Z"), 13))
                .containsExactly("telemetry-2024.02", "telemetry-2025.09");
        assertThat(plain.expired(indices, at("2026-11-30T23:59:59Z"), 13))
                .containsExactly("telemetry-2024.02", "telemetry-2025.09");
    }

    @Test
    void canExpireTheNextMonthOnTheFirstOfTheMonthAfter() {
        assertThat(plain.expired(List.of("telemetry-2025.10"), at("2026-11-30T23:59:59Z"), 13)).isEmpty();
        assertThat(plain.expired(List.of("telemetry-2025.10"), at("2026-12-01T00:00:00Z"), 13))
                .containsExactly("telemetry-2025.10");
    }

    @Test
    void canKeepOnlyTheCurrentAndLastMonthWithARetentionOfOne() {
        assertThat(plain.expired(List.of("telemetry-2026.11", "telemetry-2026.10", "telemetry-2026.09"),
                at("2026-11-15T12:00:00Z"), 1)).containsExactly("telemetry-2026.09");
    }

    @Test
    void cannotExpireAnotherEnvironmentsIndices() {
        assertThat(prefixed.expired(List.of("telemetry-2001.01", "process-8080-telemetry-2001.01"),
                at("2026-11-15T12:00:00Z"), 13)).containsExactly("process-8080-telemetry-2001.01");
    }
}
