package com.forecourt.bench.scenario;

import com.forecourt.bench.system.SystemUnderTest;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.delivery.api.OpenDeliveryDay;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.Transmission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * What the timed scenarios work on, created through the command gateway like any client would (untimed): cars on
 * sale, customers with ample credit, open delivery days.
 */
public final class Fixtures {

    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    /** Fixture numbers never repeat within the JVM, so each mode and scenario gets fresh aggregates. */
    private static final AtomicLong NEXT = new AtomicLong();
    private static final AtomicLong NEXT_DAY = new AtomicLong();
    private static final int THREADS = 8;

    private Fixtures() {
    }

    public static List<String> vehicles(SystemUnderTest system, int count) {
        return create(count, i -> {
            String vin = vin(NEXT.incrementAndGet());
            system.commands().sendAndWait(new ListVehicle(vin, "Volkswagen", "Golf", "1.5 TSI Life", 2021, 23_000,
                    FuelType.PETROL, Transmission.MANUAL, "Hatchback", "Blue", 1_649_500,
                    "One owner, full service history, recently serviced.", List.of("Apple CarPlay", "Heated seats")));
            return vin;
        });
    }

    public static List<UUID> customers(SystemUnderTest system, int count) {
        return create(count, i -> {
            UUID id = UUID.randomUUID();
            String tag = id.toString().substring(0, 8);
            system.commands().sendAndWait(new RegisterCustomer(id, "Ada Lovelace " + tag, "ada." + id + "@example.com",
                    new Address("1 Analytical Row", "Marylebone", "London", "NW1 6XE"), 1_000_000_000_000L));
            return id;
        });
    }

    /** Days from tomorrow on, one per fixture number, so no two runs in the JVM share one; within the booking horizon. */
    public static List<LocalDate> deliveryDays(SystemUnderTest system, int count, int capacity) {
        return create(count, i -> {
            LocalDate date = LocalDate.now().plusDays(NEXT_DAY.incrementAndGet());
            system.commands().sendAndWait(new OpenDeliveryDay(date, capacity));
            return date;
        });
    }

    private static <T> List<T> create(int count, IntFunction<T> factory) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> factory.apply(index)));
            }
            List<T> created = new ArrayList<>();
            for (Future<T> future : futures) {
                created.add(future.get());
            }
            return created;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create fixtures", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A well-formed VIN from a number, starting "1F" (the bulk generator's start "9Z"). */
    static String vin(long number) {
        char[] vin = new char[17];
        vin[0] = '1';
        vin[1] = 'F';
        long rest = number;
        for (int i = 16; i >= 2; i--) {
            vin[i] = VIN_ALPHABET.charAt((int) (rest % VIN_ALPHABET.length()));
            rest /= VIN_ALPHABET.length();
        }
        return new String(vin);
    }
}
