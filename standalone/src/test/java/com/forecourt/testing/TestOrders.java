package com.forecourt.testing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Object mother for customers, delivery days and orders in integration tests, as GraphQL input maps. */
public final class TestOrders {

    /**
     * Days far enough ahead that no clock in a test run reaches them, one per call, never used twice; from 2031 on,
     * after the days of docs/graphql.md's walk-through (March 2030), which GuidesIntegrationTest runs as written.
     */
    private static final LocalDate FIRST_DAY = LocalDate.of(2031, 1, 1);
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(ThreadLocalRandom.current().nextInt(20_000));

    private TestOrders() {
    }

    /** A delivery date no other test in this build uses. */
    public static LocalDate uniqueDeliveryDate() {
        LocalDate start = LocalDate.now().plusDays(400).isAfter(FIRST_DAY) ? LocalDate.now().plusDays(400) : FIRST_DAY;
        return start.plusDays(NEXT_DAY.getAndIncrement());
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** A customer with a credit limit, as {@code RegisterCustomerInput}. */
    public static Map<String, Object> aCustomer(String id, int creditLimitPence) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", id);
        input.put("name", "Ada Lovelace " + id.substring(0, 8));
        input.put("email", "ada." + id.substring(0, 8) + "@example.com");
        input.put("address", anAddress());
        input.put("creditLimitPence", creditLimitPence);
        return input;
    }

    /** A UK address as {@code AddressInput}. */
    public static Map<String, Object> anAddress() {
        Map<String, Object> address = new LinkedHashMap<>();
        address.put("line1", "1 Analytical Row");
        address.put("line2", "Marylebone");
        address.put("town", "London");
        address.put("postcode", "NW1 6XE");
        return address;
    }

    /** An order as {@code PlaceOrderInput}. */
    public static Map<String, Object> anOrder(String id, String customerId, String vin, LocalDate deliveryDate) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("id", id);
        input.put("customerId", customerId);
        input.put("vin", vin);
        input.put("deliveryDate", deliveryDate.toString());
        return input;
    }
}
