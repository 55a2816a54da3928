package com.forecourt.bench.scenario;

import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.report.Mode;
import com.forecourt.bench.system.Stores;
import com.forecourt.platform.axon.AxonSerializationConfiguration;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ceiling: the rows the event store writes, inserted straight into a copy of its table with JDBC, and search
 * documents bulk-indexed straight into Elasticsearch. The table comes from the same Flyway migration as the real one
 * (same indexes and constraints) in a database of its own; PostgreSQL runs with its defaults, fsync and
 * synchronous_commit on, as the event store does.
 */
public final class RawScenario {

    public static final String NAME = "raw";
    private static final int BATCH = 100;
    private static final int BULK = 500;
    private static final String INSERT = "insert into domain_event_entry (event_identifier, aggregate_identifier, "
            + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) "
            + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final AtomicLong ROWS = new AtomicLong();

    private final ObjectMapper json = AxonSerializationConfiguration.axonObjectMapper();

    /** The raw variant a command variant with {@code clients} clients is compared with. */
    public static String singleRowVariant(int writers) {
        return "1 row per transaction, " + writers + (writers == 1 ? " writer" : " writers");
    }

    public List<Measurement> run(Stores stores, BenchOptions options) throws Exception {
        String url = stores.createDatabase("bench_raw");
        Flyway.configure().dataSource(url, stores.postgres().username(), stores.postgres().password())
                .locations("classpath:db/migration/eventstore").load().migrate();
        List<Measurement> results = new ArrayList<>();
        for (int writers : new int[]{1, options.clients()}) {
            results.add(singleRows(stores, url, writers, options));
        }
        results.add(batches(stores, url, options));
        results.add(bulkIndex(stores, options));
        return results;
    }

    private Measurement singleRows(Stores stores, String url, int writers, BenchOptions options) throws Exception {
        try (Connections connections = new Connections(stores, url, writers)) {
            return Load.run(NAME, singleRowVariant(writers), Mode.RAW, writers, options.warmup(options.rawRows()),
                    options.rawRows(), 1, "rows/s", "autocommit INSERT of one event row", index -> {
                        Connection connection = connections.take();
                        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                            bind(insert);
                            insert.executeUpdate();
                        } finally {
                            connections.give(connection);
                        }
                    });
        }
    }

    private Measurement batches(Stores stores, String url, BenchOptions options) throws Exception {
        int batches = Math.max(1, options.rawRows() / 10);
        try (Connections connections = new Connections(stores, url, 1)) {
            Connection connection = connections.take();
            connection.setAutoCommit(false);
            try {
                return Load.run(NAME, "batches of " + BATCH + " rows per transaction, 1 writer", Mode.RAW, 1,
                    options.warmup(batches), batches, BATCH, "rows/s", "JDBC batch, one commit per batch; latency per batch",
                    index -> {
                        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                            for (int i = 0; i < BATCH; i++) {
                                bind(insert);
                                insert.addBatch();
                            }
                            insert.executeBatch();
                            connection.commit();
                        }
                    });
            } finally {
                connections.give(connection);
            }
        }
    }

    private Measurement bulkIndex(Stores stores, BenchOptions options) throws Exception {
        stores.elasticsearch("PUT", "/bench-raw-vehicles", "{\"settings\":{\"number_of_shards\":1,\"number_of_replicas\":0}}");
        int requests = Math.max(1, options.rawDocuments() / BULK);
        Measurement measurement = Load.run(NAME, "Elasticsearch bulk of " + BULK + " documents, 1 client", Mode.RAW, 1,
                0, requests, BULK, "documents/s", "_bulk index requests into a 1-shard index; latency per request",
                index -> {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0; i < BULK; i++) {
                        String vin = "RAW" + (index * BULK + i);
                        body.append("{\"index\":{\"_id\":\"").append(vin).append("\"}}\n");
                        body.append(json.writeValueAsString(Map.of("vin", vin, "make", "Volkswagen", "model", "Golf",
                                "year", 2021, "mileage", 23_000 + i, "fuelType", "PETROL", "pricePence", 1_649_500 + i,
                                "description", "One owner, full service history, recently serviced.",
                                "status", "AVAILABLE", "listedAt", Instant.now().toString()))).append('\n');
                    }
                    var response = stores.elasticsearch("POST", "/bench-raw-vehicles/_bulk", body.toString());
                    if (response.path("errors").asBoolean()) {
                        throw new IllegalStateException("bulk errors: " + response);
                    }
                });
        stores.elasticsearch("DELETE", "/bench-raw-vehicles", null);
        return measurement;
    }

    private void bind(PreparedStatement insert) throws Exception {
        // a new aggregate per row: no two writers ever collide on the (aggregate, sequence) key
        String vin = "RAW" + ROWS.incrementAndGet();
        Instant now = Instant.now();
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, vin);
        insert.setLong(3, 0);
        insert.setString(4, "Vehicle");
        insert.setString(5, now.toString());
        insert.setString(6, VehiclePriceChanged.class.getName());
        insert.setString(7, null);
        insert.setBytes(8, json.writeValueAsBytes(new VehiclePriceChanged(vin, 1_649_500, 1_599_500, now)));
        String id = UUID.randomUUID().toString();
        insert.setBytes(9, json.writeValueAsBytes(Map.of("traceId", id, "correlationId", id)));
    }

    /** One connection per writer, as a pool would hand them out. */
    private static final class Connections implements AutoCloseable {
        private final BlockingQueue<Connection> idle;

        Connections(Stores stores, String url, int size) throws SQLException {
            idle = new ArrayBlockingQueue<>(size);
            for (int i = 0; i < size; i++) {
                idle.add(stores.connect(url));
            }
        }

        Connection take() throws InterruptedException {
            return idle.take();
        }

        void give(Connection connection) {
            idle.add(connection);
        }

        @Override
        public void close() throws SQLException {
            for (Connection connection : idle) {
                connection.close();
            }
        }
    }
}
