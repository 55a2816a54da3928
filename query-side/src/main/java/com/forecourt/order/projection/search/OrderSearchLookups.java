package com.forecourt.order.projection.search;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/**
 * The order-search projection's own lookups of customers and cars in PostgreSQL, written in the same transaction
 * as its token, so the projection can be rebuilt on its own. Keyed inserts and sequence checks keep them idempotent.
 */
@Component
class OrderSearchLookups {

    private final JdbcTemplate jdbc;

    OrderSearchLookups(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void customer(UUID customerId, String name, String email) {
        jdbc.update("insert into order_search_customer (customer_id, name, email) values (?, ?, ?) "
                + "on conflict (customer_id) do nothing", customerId, name, email);
    }

    void vehicle(String vin, String make, String model, int year, long pricePence, long sequence) {
        jdbc.update("insert into order_search_vehicle (vin, make, model, model_year, price_pence, last_sequence) "
                + "values (?, ?, ?, ?, ?, ?) on conflict (vin) do nothing", vin, make, model, year, pricePence, sequence);
    }

    void vehiclePrice(String vin, long pricePence, long sequence) {
        jdbc.update("update order_search_vehicle set price_pence = ?, last_sequence = ? "
                + "where vin = ? and last_sequence < ?", pricePence, sequence, vin, sequence);
    }

    /** A customer as an order document shows it. */
    record CustomerLookup(String name, String email) {
    }

    /** A car as an order document shows it; pricePence is its asking price. */
    record VehicleLookup(String make, String model, int year, long pricePence) {
    }

    Optional<CustomerLookup> customer(UUID customerId) {
        return jdbc.query("select name, email from order_search_customer where customer_id = ?",
                (row, index) -> new CustomerLookup(row.getString("name"), row.getString("email")), customerId)
                .stream().findFirst();
    }

    Optional<VehicleLookup> vehicle(String vin) {
        return jdbc.query("select make, model, model_year, price_pence from order_search_vehicle where vin = ?",
                (row, index) -> new VehicleLookup(row.getString("make"), row.getString("model"),
                        row.getInt("model_year"), row.getLong("price_pence")), vin)
                .stream().findFirst();
    }
}
