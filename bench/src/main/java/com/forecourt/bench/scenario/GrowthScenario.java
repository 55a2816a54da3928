package com.forecourt.bench.scenario;

import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.system.SystemUnderTest;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Does the event store slow down as it grows? The same command load (gateway, many clients) on the store as it is
 * at the start of a mode's run and after the bulk generator has grown it to {@code --growth-events}, with the
 * projections caught up both times so they do not compete for the CPU, and the JIT warmed up by an untimed round
 * before the first.
 */
public final class GrowthScenario {

    public static final String NAME = "growth";

    private List<String> vins;

    /** Before any scenario has written much: the store holds only this scenario's fixtures. */
    public Measurement empty(SystemUnderTest system, BenchOptions options) throws InterruptedException {
        vins = Fixtures.vehicles(system, Math.max(4 * options.clients(), 100));
        // the first load of a mode meets a cold JIT; one untimed round first, so both measurements are warm
        CommandScenario.gateway(system, options, vins, options.clients(), NAME, "warm-up");
        String idle = idleCpu();
        Measurement m = measure(system, options, "empty store", system.storeSize());
        return new Measurement(m.scenario(), m.variant(), m.mode(), m.clients(), m.operations(), m.items(), m.errors(),
                m.seconds(), m.throughput(), m.unit(), m.p50Ms(), m.p99Ms(), m.maxMs(), m.note() + "; " + idle);
    }

    /**
     * What the system costs doing nothing (processors polling or being woken, claim extensions): CPU time this JVM
     * used over a few idle seconds, once the fixtures' events have been processed.
     */
    private static String idleCpu() throws InterruptedException {
        Thread.sleep(3_000);
        if (!(ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)) {
            return "idle CPU unknown";
        }
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        Thread.sleep(5_000);
        double share = (os.getProcessCpuTime() - cpu) / (double) (System.nanoTime() - start);
        return String.format(Locale.ROOT, "idle JVM before: %.1f%% of one core", share * 100);
    }

    public List<Measurement> grown(SystemUnderTest system, BenchOptions options) throws Exception {
        List<Measurement> results = new ArrayList<>(
                RebuildScenario.catchUp(system, options, options.growthEvents(), NAME));
        // fresh cars, as many as before: an aggregate is loaded from its own events, so cars that already took the
        // first measurement's commands would measure their longer histories rather than the store's size
        vins = Fixtures.vehicles(system, vins.size());
        CommandScenario.gateway(system, options, vins, options.clients(), NAME, "warm-up");
        results.add(measure(system, options, "grown store", system.storeSize()));
        return results;
    }

    private Measurement measure(SystemUnderTest system, BenchOptions options, String store, long events) {
        Measurement m = CommandScenario.gateway(system, options, vins, options.clients(), NAME,
                CommandScenario.gatewayVariant(options.clients()) + ", " + store);
        return new Measurement(m.scenario(), m.variant(), m.mode(), m.clients(), m.operations(), m.items(), m.errors(),
                m.seconds(), m.throughput(), m.unit(), m.p50Ms(), m.p99Ms(), m.maxMs(),
                "store of " + events + " events; " + m.note());
    }
}
