package com.forecourt.testing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a read model holds, in a form two builds can be compared by: each table's rows as JSON text in a
 * stable order, and each index's documents by id.
 *
 * @param rows      table name to its rows
 * @param documents index alias to document id to source
 */
public record ReadModelSnapshot(Map<String, List<String>> rows, Map<String, Map<String, Object>> documents) {

    /** The PostgreSQL tables and Elasticsearch aliases of all seven projections. */
    public static final List<String> TABLES = List.of("vehicle_listing", "vehicle_listing_photo", "customer_overview",
            "customer_overview_order",
            "order_details", "order_details_timeline", "order_details_customer", "order_details_vehicle",
            "delivery_day", "delivery_day_booking", "order_search_customer", "order_search_vehicle");
    public static final List<String> ALIASES = List.of("vehicles", "orders", "domain-events");

    private static final int MAX_DOCUMENTS = 10_000;

    public static ReadModelSnapshot take(JdbcTemplate jdbc, ElasticsearchClient elasticsearch) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : TABLES) {
            rows.put(table, jdbc.queryForList("select row_to_json(t)::text as row from " + table
                    + " t order by row", String.class));
        }
        Map<String, Map<String, Object>> documents = new TreeMap<>();
        for (String alias : ALIASES) {
            documents.put(alias, documents(elasticsearch, alias));
        }
        return new ReadModelSnapshot(rows, documents);
    }

    @SuppressWarnings("rawtypes")
    private static Map<String, Object> documents(ElasticsearchClient elasticsearch, String alias) {
        try {
            elasticsearch.indices().refresh(r -> r.index(alias));
            SearchResponse<Map> response = elasticsearch.search(s -> s.index(alias).size(MAX_DOCUMENTS)
                    .trackTotalHits(t -> t.enabled(true)).query(q -> q.matchAll(m -> m)), Map.class);
            long total = response.hits().total() == null ? 0 : response.hits().total().value();
            if (total > MAX_DOCUMENTS) {
                throw new IllegalStateException(alias + " holds " + total + " documents, more than a snapshot reads");
            }
            Map<String, Object> byId = new TreeMap<>();
            for (Hit<Map> hit : response.hits().hits()) {
                byId.put(hit.id(), hit.source());
            }
            return byId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
