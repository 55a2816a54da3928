package com.forecourt.bench.scenario;

import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.system.Projections;
import com.forecourt.bench.system.SystemUnderTest;
import com.forecourt.vehicle.api.ChangeVehiclePrice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Single-event commands: {@code ChangeVehiclePrice} on many cars, from one client and from many, through the command
 * gateway (in-process: the command side's own cost) and through GraphQL over HTTP (what a client sees). Each call
 * returns once the command's event is committed.
 */
public final class CommandScenario implements Scenario {

    public static final String NAME = "commands";
    /** Every command sets a price no command set before, so none is a no-op that writes no event. */
    static final AtomicLong PRICES = new AtomicLong(1_000_000);
    static final String CHANGE_PRICE = "mutation C($vin: ID!, $price: Int!) { changeVehiclePrice(vin: $vin, pricePence: $price) }";

    @Override
    public String name() {
        return NAME;
    }

    /** The variant name shared by this scenario and the growth scenario, so their figures line up with raw ones. */
    public static String gatewayVariant(int clients) {
        return "gateway, " + clients + (clients == 1 ? " client" : " clients");
    }

    @Override
    public List<Measurement> run(SystemUnderTest system, BenchOptions options) {
        // enough cars that concurrent clients rarely queue on one aggregate's lock
        List<String> vins = Fixtures.vehicles(system, Math.max(4 * options.clients(), Math.min(options.commands(), 2_000)));
        List<Measurement> results = new ArrayList<>();
        for (int clients : new int[]{1, options.clients()}) {
            results.add(gateway(system, options, vins, clients, NAME, gatewayVariant(clients)));
            results.add(Load.run(NAME, "GraphQL, " + clients + (clients == 1 ? " client" : " clients"), system.mode(),
                    clients, options.warmup(options.commands()), options.commands(), 1, "commands/s",
                    "changeVehiclePrice over HTTP as staff, HTTP Basic (credentials verified once, then remembered)", index -> system.staff().execute(CHANGE_PRICE,
                            "vin", vins.get(index % vins.size()), "price", PRICES.incrementAndGet())));
        }
        return results;
    }

    /**
     * Gateway commands, and how long the projections then took to catch up: a system whose projections fall behind
     * leaves the CPU to the commands, so acknowledged commands per second alone flatter it.
     */
    static Measurement gateway(SystemUnderTest system, BenchOptions options, List<String> vins, int clients,
                               String scenario, String variant) {
        Measurement m = Load.run(scenario, variant, system.mode(), clients, options.warmup(options.commands()),
                options.commands(), 1, "commands/s", "ChangeVehiclePrice, sendAndWait",
                index -> system.commands().sendAndWait(new ChangeVehiclePrice(vins.get(index % vins.size()),
                        PRICES.incrementAndGet())));
        long start = System.nanoTime();
        String catchUp;
        try {
            boolean done = new Projections(system.admin()).awaitCaughtUp(Map.of(), Duration.ofMinutes(options.catchUpMinutes()));
            double seconds = (System.nanoTime() - start) / 1e9;
            catchUp = done ? String.format(Locale.ROOT, "projections caught up %.1f s after the last ack (%.0f commands/s "
                    + "including it)", seconds, m.items() / (m.seconds() + seconds))
                    : "projections NOT caught up within " + options.catchUpMinutes() + " min";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            catchUp = "interrupted";
        }
        return new Measurement(m.scenario(), m.variant(), m.mode(), m.clients(), m.operations(), m.items(), m.errors(),
                m.seconds(), m.throughput(), m.unit(), m.p50Ms(), m.p99Ms(), m.maxMs(), m.note() + "; " + catchUp);
    }
}
