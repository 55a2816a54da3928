package com.forecourt.bench.scenario;

import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.system.SystemUnderTest;
import com.forecourt.order.api.PlaceOrder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The whole checkout: {@code PlaceOrder} through the gateway, then the saga (reserve car, reserve credit, book slot,
 * confirm). An operation ends when the transaction that stored {@code OrderConfirmed} has committed; a rejection
 * counts as an error. Every order has its own car; customers and delivery days are shared by a few orders each, as
 * in a shop.
 */
public final class CheckoutScenario implements Scenario {

    public static final String NAME = "checkout";
    private static final long TIMEOUT_SECONDS = 120;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(SystemUnderTest system, BenchOptions options) {
        List<Measurement> results = new ArrayList<>();
        for (int clients : new int[]{1, options.clients()}) {
            int orders = options.orders() + options.warmup(options.orders());
            List<String> vins = Fixtures.vehicles(system, orders);
            List<UUID> customers = Fixtures.customers(system, Math.max(1, orders / 5));
            List<LocalDate> days = Fixtures.deliveryDays(system, Math.max(1, orders / 20), 1_000);
            results.add(Load.run(NAME, "placeOrder to CONFIRMED, " + clients + (clients == 1 ? " client" : " clients"),
                    system.mode(), clients, options.warmup(options.orders()), options.orders(), 1, "orders/s",
                    "PlaceOrder via gateway; ends when OrderConfirmed is committed", index -> {
                        UUID order = UUID.randomUUID();
                        CompletableFuture<Boolean> outcome = system.watch().outcomeOf(order);
                        try {
                            system.commands().sendAndWait(new PlaceOrder(order, customers.get(index % customers.size()),
                                    vins.get(index), days.get(index % days.size())));
                            if (!outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                                throw new IllegalStateException("order " + order + " was rejected");
                            }
                        } finally {
                            system.watch().forget(order);
                        }
                    }));
        }
        return results;
    }
}
