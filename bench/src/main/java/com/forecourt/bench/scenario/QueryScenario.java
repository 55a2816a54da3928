package com.forecourt.bench.scenario;

import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.system.SystemUnderTest;

import java.util.List;

/**
 * What the shop's screens ask most, at many concurrent clients over the generated data set: the catalogue search
 * (text, filters, facets, on Elasticsearch) and the order screen (an order with its customer, car and timeline, on
 * the PostgreSQL read models).
 */
public final class QueryScenario implements Scenario {

    public static final String NAME = "queries";
    private static final String SEARCH = "query S($text: String, $fuel: [FuelType!], $max: Int) { searchVehicles(query: $text, "
            + "filter: {fuelType: $fuel, maxPricePence: $max}, first: 20) { total hits { vehicle { vin make model "
            + "pricePence year mileage } score } facets { make { value count } fuelType { value count } "
            + "bodyType { value count } transmission { value count } } pageInfo { hasNextPage endCursor } } }";
    private static final String ORDER = "query O($id: ID!) { order(id: $id) { id status pricePence deliveryDate placedAt "
            + "customer { name email } vehicle { vin make model pricePence } timeline { status at detail } } }";
    private static final String[] TEXTS = {"golf", "ford fiesta", "full service history", "bmw", "qashqai",
            "one owner", "tesla model 3", "octavia estate"};
    private static final String[] FUELS = {"PETROL", "DIESEL", "HYBRID", "ELECTRIC"};

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Measurement> run(SystemUnderTest system, BenchOptions options) {
        List<String> orders = system.jdbc().queryForList("select aggregate_identifier from domain_event_entry "
                + "where payload_type = 'com.forecourt.order.api.OrderConfirmed' order by global_index desc limit 10000",
                String.class);
        if (orders.isEmpty()) {
            throw new IllegalStateException("No confirmed orders to query: run the generator or checkout first");
        }
        long vehicles = system.jdbc().queryForObject("select count(distinct aggregate_identifier) from domain_event_entry "
                + "where payload_type = 'com.forecourt.vehicle.api.VehicleListed'", Long.class);
        String data = "over " + vehicles + " cars and " + orders.size() + "+ confirmed orders";
        int clients = options.queryClients();
        return List.of(
                Load.run(NAME, "searchVehicles text+filters+facets, " + clients + " clients", system.mode(), clients,
                        options.warmup(options.queries()), options.queries(), 1, "requests/s", "anonymous; " + data,
                        index -> system.anonymous().execute(SEARCH, "text", TEXTS[index % TEXTS.length],
                                "fuel", List.of(FUELS[index % FUELS.length]), "max", 2_000_000 + (index % 50) * 50_000)),
                Load.run(NAME, "order screen, " + clients + " clients", system.mode(), clients,
                        options.warmup(options.queries()), options.queries(), 1, "requests/s",
                        "staff, HTTP Basic (credentials verified once, then remembered); " + data,
                        index -> {
                            var order = system.staff().execute(ORDER, "id", orders.get(index % orders.size())).path("order");
                            if (order.isNull() || order.isMissingNode()) {
                                throw new IllegalStateException("order not found");
                            }
                        }));
    }
}
