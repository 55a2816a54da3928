package com.forecourt.readmodel.status;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The events-per-second estimate behind {@code eventsPerSecond} and {@code etaSeconds}. */
class PositionSamplesTest {

    private static final Instant T0 = Instant.parse("2026-11-23T12:00:00Z");

    private final PositionSamples samples = new PositionSamples(Duration.ofMinutes(1));

    @Test
    void canEstimateTheRateOverTheWindow() {
        samples.record("p", T0, 100);
        samples.record("p", T0.plusSeconds(5), 150);
        samples.record("p", T0.plusSeconds(10), 300);

        assertThat(samples.rate("p")).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void canForgetSamplesOlderThanTheWindow() {
        samples.record("p", T0, 0);
        samples.record("p", T0.plusSeconds(30), 1_000);
        samples.record("p", T0.plusSeconds(70), 1_000);
        samples.record("p", T0.plusSeconds(90), 1_600);

        assertThat(samples.rate("p")).isCloseTo(10.0, within(1e-9)); // from t=30 s to t=90 s
    }

    @Test
    void cannotEstimateFromOneSampleOrAfterAReset() {
        samples.record("p", T0, 500);
        assertThat(samples.rate("p")).isNull();

        samples.record("p", T0.plusSeconds(5), 600);
        samples.record("p", T0.plusSeconds(10), 3); // a replay started: position went back
        assertThat(samples.rate("p")).isNull();
        assertThat(samples.rate("unknown")).isNull();
    }

    @Test
    void canReportZeroWhenIdle() {
        samples.record("p", T0, 42);
        samples.record("p", T0.plusSeconds(5), 42);

        assertThat(samples.rate("p")).isZero();
    }
}
