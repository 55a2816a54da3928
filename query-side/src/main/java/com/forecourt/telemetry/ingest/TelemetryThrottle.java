package com.forecourt.telemetry.ingest;

import com.forecourt.queryside.graphql.limits.ClientAddress;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import java.time.Duration;

/**
 * Limits telemetry requests per client address (an IPv6 /64 counts as one, {@link ClientAddress}): a Bucket4j bucket
 * of {@code requests} tokens per address, refilled smoothly over {@code period}. Buckets live in a bounded Caffeine
 * cache, in memory only, and are forgotten a period after their last use, so no address outlives it.
 */
final class TelemetryThrottle {

    private static final long MAXIMUM_ADDRESSES = 100_000;

    private final int requests;
    private final Duration period;
    private final Cache<String, Bucket> byAddress;

    TelemetryThrottle(int requests, Duration period) {
        this.requests = requests;
        this.period = period;
        this.byAddress = Caffeine.newBuilder().expireAfterAccess(period).maximumSize(MAXIMUM_ADDRESSES).build();
    }

    /** Takes one request from the address's allowance. @return empty if taken, else how long until one is back */
    Duration take(String clientAddress) {
        Bucket bucket = byAddress.get(ClientAddress.key(clientAddress), key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(requests).refillGreedy(requests, period))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
