package com.forecourt.bench.report;

/**
 * One timed variant of a scenario in one mode.
 *
 * @param scenario   e.g. {@code commands}
 * @param variant    e.g. {@code gateway, 32 clients}
 * @param mode       what it ran against
 * @param clients    concurrent clients (threads) driving it
 * @param operations timed operations that completed (a batch counts once)
 * @param items      work items done (rows, events, commands); {@code throughput} is items per second
 * @param errors     operations that failed; they are not in the latencies
 * @param seconds    wall-clock time of the timed part
 * @param throughput items per second
 * @param unit       what {@code throughput} counts, e.g. {@code commands/s}
 * @param p50Ms      median latency of an operation, milliseconds
 * @param p99Ms      99th percentile
 * @param maxMs      maximum
 * @param note       parameters or caveats worth reading beside the figures; may be empty
 */
public record Measurement(String scenario, String variant, Mode mode, int clients, long operations, long items,
                          long errors, double seconds, double throughput, String unit,
                          double p50Ms, double p99Ms, double maxMs, String note) {
}
