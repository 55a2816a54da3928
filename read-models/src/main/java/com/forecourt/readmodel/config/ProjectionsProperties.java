package com.forecourt.readmodel.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code forecourt.projections.*}: how projections are watched and shared between nodes.
 *
 * @param sampleInterval  [5s] how often every projection's position is sampled for the rate, the ETA and the gauges
 * @param claimTimeout    [30s] a token claim older than this is no node's: the projection reads STOPPED there
 * @param catchUpScan     [1000] a segment at most this many events behind the head has the events after its token
 *                        read, to find whether the projection must still handle any (events it ignores are not lag)
 * @param balanceInterval [5s] how often a node checks that it holds no more than its share of each projection's
 *                        segments
 */
@ConfigurationProperties("forecourt.projections")
public record ProjectionsProperties(
        @DefaultValue("5s") Duration sampleInterval,
        @DefaultValue("30s") Duration claimTimeout,
        @DefaultValue("1000") int catchUpScan,
        @DefaultValue("5s") Duration balanceInterval) {
}
