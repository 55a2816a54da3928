package com.forecourt.bench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.system.SystemUnderTest;
import com.forecourt.vehicle.api.ChangeVehiclePrice;
import org.HdrHistogram.Histogram;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * From a command's acknowledgement to its effect being visible to a client: a price change, read back through
 * GraphQL from the PostgreSQL read model ({@code vehicle}) and from Elasticsearch ({@code searchVehicles} filtered on
 * the new price), while a steady background load of price changes on other cars keeps the projections busy. The
 * polls run every few milliseconds, so a figure is at most that much late.
 */
public final class VisibilityScenario implements Scenario {

    public static final String NAME = "visibility";
    private static final long POLL_MILLIS = 5;
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final String VEHICLE = "query V($vin: ID!) { vehicle(vin: $vin) { pricePence } }";
    private static final String SEARCH = "query S($price: Int!) { searchVehicles(filter: {minPricePence: $price, "
            + "maxPricePence: $price}, first: 10) { hits { vehicle { vin } } } }";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(SystemUnderTest system, BenchOptions options) throws Exception {
        List<String> sampled = Fixtures.vehicles(system, options.samples());
        List<String> background = Fixtures.vehicles(system, Math.max(8, options.rate()));
        Histogram postgres = Load.histogram();
        Histogram search = Load.histogram();
        // counted apart: a sample that never shows in search may well have shown in PostgreSQL
        AtomicLong postgresErrors = new AtomicLong();
        AtomicLong searchErrors = new AtomicLong();
        AtomicReference<Throwable> firstPostgresError = new AtomicReference<>();
        AtomicReference<Throwable> firstSearchError = new AtomicReference<>();

        // open-loop background load: a command every 1/rate seconds, whatever the latency of the previous ones
        ScheduledExecutorService load = Executors.newScheduledThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        AtomicLong backgroundErrors = new AtomicLong();
        load.scheduleAtFixedRate(() -> system.commands().send(new ChangeVehiclePrice(
                        background.get(next.getAndIncrement() % background.size()), CommandScenario.PRICES.incrementAndGet()))
                        .exceptionally(e -> {
                            backgroundErrors.incrementAndGet();
                            return null;
                        }),
                0, Math.max(1, 1_000_000 / options.rate()), TimeUnit.MICROSECONDS);
        long start = System.nanoTime();
        try {
            Thread.sleep(500);
            for (String vin : sampled) {
                long price = CommandScenario.PRICES.incrementAndGet();
                system.commands().sendAndWait(new ChangeVehiclePrice(vin, price));
                long acknowledged = System.nanoTime();
                CompletableFuture<Long> inPostgres = CompletableFuture.supplyAsync(() -> poll(acknowledged, () ->
                        system.anonymous().execute(VEHICLE, "vin", vin).path("vehicle").path("pricePence").asLong() == price));
                CompletableFuture<Long> inSearch = CompletableFuture.supplyAsync(() -> poll(acknowledged, () -> {
                    for (JsonNode hit : system.anonymous().execute(SEARCH, "price", price).path("searchVehicles").path("hits")) {
                        if (vin.equals(hit.path("vehicle").path("vin").asText())) {
                            return true;
                        }
                    }
                    return false;
                }));
                record(inPostgres, postgres, postgresErrors, firstPostgresError);
                record(inSearch, search, searchErrors, firstSearchError);
                Thread.sleep(50);
            }
        } finally {
            load.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String note = "under ~" + options.rate() + " background commands/s (" + backgroundErrors.get() + " failed); polled every "
                + POLL_MILLIS + " ms";
        return List.of(
                Load.measurement(NAME, "ack to visible, PostgreSQL (vehicle)", system.mode(), 1, postgres,
                        postgresErrors.get(), seconds, 1, "samples/s", note, firstPostgresError.get()),
                Load.measurement(NAME, "ack to visible, Elasticsearch (searchVehicles)", system.mode(), 1, search,
                        searchErrors.get(), seconds, 1, "samples/s", note, firstSearchError.get()));
    }

    private static void record(CompletableFuture<Long> visible, Histogram histogram, AtomicLong errors,
                               AtomicReference<Throwable> firstError) {
        try {
            histogram.recordValue(Math.max(1, visible.get() / 1000));
        } catch (Exception e) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, e);
        }
    }

    /** Nanoseconds from {@code acknowledged} until {@code check} first holds. */
    private static long poll(long acknowledged, Check check) {
        while (System.nanoTime() - acknowledged < GIVE_UP_NANOS) {
            if (check.holds()) {
                return System.nanoTime() - acknowledged;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("not visible within 60 s");
    }

    @FunctionalInterface
    private interface Check {
        boolean holds();
    }
}
