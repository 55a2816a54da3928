package com.forecourt.telemetry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code forecourt.telemetry.*}: how much telemetry is taken in, held and kept.
 *
 * @param enabled            [true] whether {@code POST /telemetry} exists and anything is written; off, the storefront's
 *                           reports fail and the browser drops them
 * @param maxRequestBytes    [16384] larger bodies get HTTP 413 REQUEST_TOO_LARGE, unread
 * @param requestsPerAddress [120] requests one client address (an IPv6 /64 counts as one) may send per {@code period};
 *                           more get HTTP 429 TOO_MANY_REQUESTS
 * @param period             [1m] the period of {@code requestsPerAddress}
 * @param bufferCapacity     [10000] events held in memory between the endpoint and Elasticsearch; events that find
 *                           it full are dropped and counted
 * @param batchSize          [500] events per bulk request
 * @param flushInterval      [1s] how long the writer rests after it has emptied the buffer
 * @param retention          [13] months: an index is dropped once every event in it is older than this
 * @param retentionSchedule  [0 30 3 * * *] when the retention job runs, a Spring cron expression in UTC (it also runs
 *                           once at start-up)
 */
@ConfigurationProperties("forecourt.telemetry")
public record TelemetryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("16384") int maxRequestBytes,
        @DefaultValue("120") int requestsPerAddress,
        @DefaultValue("1m") Duration period,
        @DefaultValue("10000") int bufferCapacity,
        @DefaultValue("500") int batchSize,
        @DefaultValue("1s") Duration flushInterval,
        @DefaultValue("13") int retention,
        @DefaultValue("0 30 3 * * *") String retentionSchedule) {

    public TelemetryProperties {
        positive("max-request-bytes", maxRequestBytes);
        positive("requests-per-address", requestsPerAddress);
        positive("buffer-capacity", bufferCapacity);
        positive("batch-size", batchSize);
        positive("retention", retention);
        if (period.isNegative() || period.isZero() || flushInterval.isNegative() || flushInterval.isZero()) {
            throw new IllegalArgumentException("forecourt.telemetry.period and .flush-interval must be positive");
        }
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("forecourt.telemetry." + name + " must be positive");
        }
    }
}
