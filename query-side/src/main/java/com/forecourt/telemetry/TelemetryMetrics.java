package com.forecourt.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.function.Supplier;

/**
 * The telemetry counters, one place for their names and tags. Every event that passes validation is either
 * {@code forecourt.telemetry.accepted} (into the buffer) or {@code forecourt.telemetry.dropped{reason=buffer_full}};
 * every accepted event ends as {@code forecourt.telemetry.written} or is dropped with another reason. Requests refused
 * before any event is taken count in {@code forecourt.telemetry.refused{code=…}}.
 */
public final class TelemetryMetrics {

    static final String PREFIX = "forecourt.telemetry.";

    /** Why events were dropped: the values of the {@code reason} tag. */
    public enum DropReason {
        /** The buffer was full when they arrived. */
        BUFFER_FULL("buffer_full"),
        /** Elasticsearch could not be reached or could not take them now (connection, timeout, 429, 5xx). */
        STORE_UNAVAILABLE("store_unavailable"),
        /** Elasticsearch refused the documents for good (a mapping out of step with the events: a bug). */
        REFUSED_BY_STORE("refused_by_store");

        private final String tag;

        DropReason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    private final MeterRegistry registry;
    private final Counter written;

    public TelemetryMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.written = Counter.builder(PREFIX + "written")
                .description("Telemetry events written to Elasticsearch").register(registry);
    }

    /** Events of a type taken into the buffer. */
    public void accepted(String type, int events) {
        Counter.builder(PREFIX + "accepted").description("Telemetry events taken into the buffer")
                .tag("type", type).register(registry).increment(events);
    }

    public void written(int events) {
        written.increment(events);
    }

    public void dropped(DropReason reason, int events) {
        Counter.builder(PREFIX + "dropped").description("Telemetry events dropped, never to be written")
                .tag("reason", reason.tag()).register(registry).increment(events);
    }

    /** A request refused before any of its events was taken, by its code. */
    public void refused(String code) {
        Counter.builder(PREFIX + "refused").description("Telemetry requests refused")
                .tag("code", code).register(registry).increment();
    }

    /** The number of events waiting in the buffer, as a gauge. */
    public void buffered(Supplier<Number> size) {
        Gauge.builder(PREFIX + "buffered", size)
                .description("Telemetry events waiting to be written").register(registry);
    }
}
