package com.forecourt.bench.scenario;

import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.report.Mode;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Closed-loop load: {@code clients} threads take operation numbers from one counter until {@code operations} are done,
 * each timing its own calls into its own histogram (no contention on the hot path); the histograms are merged at the
 * end. Latencies are recorded in microseconds with three significant digits.
 */
public final class Load {

    /** One operation; {@code index} is unique within a run, so it can pick the aggregate to work on. */
    @FunctionalInterface
    public interface Operation {
        void run(int index) throws Exception;
    }

    private Load() {
    }

    /**
     * Runs {@code warmup} untimed operations (indices {@code [0, warmup)}) and then {@code operations} timed ones
     * (indices {@code [warmup, warmup + operations)}).
     *
     * @param itemsPerOperation how many items one operation counts for in the throughput (rows of a batch)
     */
    public static Measurement run(String scenario, String variant, Mode mode, int clients, int warmup, int operations,
                                  int itemsPerOperation, String unit, String note, Operation operation) {
        if (warmup > 0) {
            drive(clients, 0, warmup, operation);
        }
        Result result = drive(clients, warmup, operations, operation);
        return measurement(scenario, variant, mode, clients, result.histogram, result.errors.get(),
                result.nanos / 1e9, itemsPerOperation, unit, note, result.firstError.get());
    }

    /** A measurement from latencies recorded elsewhere (e.g. by a scenario that times events, not calls). */
    public static Measurement measurement(String scenario, String variant, Mode mode, int clients, Histogram histogram,
                                          long errors, double seconds, int itemsPerOperation, String unit, String note,
                                          Throwable firstError) {
        long operations = histogram.getTotalCount();
        long items = operations * itemsPerOperation;
        String fullNote = firstError == null ? note
                : (note.isEmpty() ? "" : note + "; ") + "first error: " + firstError;
        return new Measurement(scenario, variant, mode, clients, operations, items, errors, round(seconds),
                round(seconds > 0 ? items / seconds : 0), unit,
                millis(histogram.getValueAtPercentile(50)), millis(histogram.getValueAtPercentile(99)),
                millis(histogram.getMaxValue()), fullNote);
    }

    /** An empty histogram for microsecond latencies up to an hour. */
    public static Histogram histogram() {
        return new Histogram(TimeUnit.HOURS.toMicros(1), 3);
    }

    private static Result drive(int clients, int first, int count, Operation operation) {
        AtomicInteger next = new AtomicInteger(first);
        int end = first + count;
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(clients, runnable -> {
            Thread thread = new Thread(runnable, "bench-client");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Histogram>> futures = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                Histogram histogram = histogram();
                int index;
                while ((index = next.getAndIncrement()) < end) {
                    long t0 = System.nanoTime();
                    try {
                        operation.run(index);
                        histogram.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e);
                    }
                }
                return histogram;
            }));
        }
        Histogram all = histogram();
        try {
            for (Future<Histogram> future : futures) {
                all.add(future.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("A load client failed", e);
        } finally {
            pool.shutdownNow();
        }
        return new Result(all, errors, firstError, System.nanoTime() - start);
    }

    private record Result(Histogram histogram, AtomicLong errors, AtomicReference<Throwable> firstError, long nanos) {
    }

    static double millis(long micros) {
        return round(micros / 1000.0);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
