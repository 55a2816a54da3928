package com.forecourt.bench.report;

/**
 * Forecourt's throughput against the baseline and the raw ceiling for one scenario variant.
 *
 * @param forecourtVsBaseline Forecourt / baseline throughput; null when either is missing
 * @param p99VsBaseline       Forecourt / baseline p99 latency (below 1: Forecourt is faster); the figure to read for
 *                            latency scenarios such as visibility, whose "throughput" is only the sampling rate
 * @param raw                 the raw variant compared with, or null
 * @param forecourtVsRaw      Forecourt / raw throughput; null without a raw counterpart
 */
public record Ratio(String scenario, String variant, Double forecourt, Double baseline, Double forecourtVsBaseline,
                    Double p99VsBaseline, String raw, Double forecourtVsRaw) {
}
