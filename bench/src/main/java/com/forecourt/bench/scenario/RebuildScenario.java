package com.forecourt.bench.scenario;

import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.report.Mode;
import com.forecourt.bench.system.Projections;
import com.forecourt.bench.system.SystemUnderTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Rebuilding read models from the whole store through the admin API ({@link Projections#REBUILD_MUTATION}): one
 * projection (vehicle-listing, PostgreSQL), then all of them at once. Throughput is the store's events divided by the
 * time until every rebuilt projection is RUNNING with no lag (for all of them: events of the stream, not summed over
 * projections).
 */
public final class RebuildScenario implements Scenario {

    public static final String NAME = "rebuild";
    static final String ONE = "vehicle-listing";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(SystemUnderTest system, BenchOptions options) throws Exception {
        Projections projections = new Projections(system.admin());
        Duration timeout = Duration.ofMinutes(options.catchUpMinutes());
        List<String> all = projections.names();
        return List.of(rebuild(system, projections, List.of(ONE), "one projection (" + ONE + ")", timeout),
                rebuild(system, projections, all, "all " + all.size() + " projections", timeout));
    }

    private static Measurement rebuild(SystemUnderTest system, Projections projections, List<String> names,
                                       String variant, Duration timeout) throws Exception {
        long events = system.storeSize();
        var histogram = Load.histogram();
        long start = System.nanoTime();
        Map<String, Integer> before = projections.rebuild(names);
        boolean done = projections.awaitCaughtUp(before, timeout);
        long nanos = System.nanoTime() - start;
        histogram.recordValue(Math.max(1, nanos / 1000));
        return Load.measurement(NAME, variant, system.mode(), 1, histogram, done ? 0 : 1, nanos / 1e9,
                (int) Math.min(Integer.MAX_VALUE, events), "events/s",
                events + " events; " + Projections.REBUILD_MUTATION + (done ? "" : "; NOT caught up within " + timeout),
                null);
    }

    /** Generated events appended and the live projections caught up with them, as one measurement each. */
    public static List<Measurement> catchUp(SystemUnderTest system, BenchOptions options, long target, String scenario)
            throws Exception {
        var generated = com.forecourt.bench.system.BulkGenerator.growTo(system, target, options.smoke() ? 50 : 1_000);
        var appendHistogram = Load.histogram();
        appendHistogram.recordValue(Math.max(1, (long) (generated.seconds() * 1e6)));
        long start = System.nanoTime();
        boolean done = new Projections(system.admin()).awaitCaughtUp(Map.of(), Duration.ofMinutes(options.catchUpMinutes()));
        long nanos = System.nanoTime() - start;
        var catchUpHistogram = Load.histogram();
        catchUpHistogram.recordValue(Math.max(1, nanos / 1000));
        int events = (int) generated.events();
        Mode mode = system.mode();
        return List.of(
                Load.measurement(scenario, "bulk generator append to " + target + " events", mode, 1, appendHistogram, 0,
                        generated.seconds(), events, "events/s", "EventStorageEngine.appendEvents in batches; "
                                + "latency = whole append; " + com.forecourt.bench.system.BulkGenerator.fidelity(system), null),
                Load.measurement(scenario, "live projections catch up on generated events", mode, 1, catchUpHistogram,
                        done ? 0 : 1, nanos / 1e9, events, "events/s", done ? "all projections"
                                : "NOT caught up within " + options.catchUpMinutes() + " min", null));
    }
}
