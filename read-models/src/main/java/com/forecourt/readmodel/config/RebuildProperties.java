package com.forecourt.readmodel.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code forecourt.projections.rebuild.*}: how a zero-downtime rebuild runs (ADR 6).
 *
 * @param batchSize    [1000] events per transaction and bulk request of a rebuild's processor
 * @param segments     [2] segments of a rebuild's processor (at most what the live processor can claim)
 * @param pollInterval [1s] how often rebuilds are checked, their leases renewed and caught-up ones handed over
 * @param lease        [15s] a rebuild whose node has been silent this long is adopted by another node; also how
 *                     long a node counts as alive for segment balancing
 * @param handOverLag  [100] a rebuild is swapped in once it is at most this many events behind the head
 */
@ConfigurationProperties("forecourt.projections.rebuild")
public record RebuildProperties(
        @DefaultValue("1000") int batchSize,
        @DefaultValue("2") int segments,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("15s") Duration lease,
        @DefaultValue("100") long handOverLag) {
}
