package com.forecourt.vehicle.projection.search;

import com.forecourt.readmodel.ReadModelQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import com.forecourt.vehicle.query.SearchVehicles;
import com.forecourt.vehicle.query.SuggestVehicles;
import com.forecourt.vehicle.query.VehicleSuggestions;
import com.forecourt.vehicle.query.VehicleFilter;
import com.forecourt.vehicle.query.VehicleSearchPage;
import com.forecourt.vehicle.query.VehicleSort;
import com.forecourt.vehicle.query.VehicleSortKey;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Answers catalogue searches from the {@code vehicles} alias. The buyer's text is only ever match input with
 * fuzziness, never query syntax, so no input can change the shape of the query.
 */
@Component
@ReadModelQueries(VehicleSearchProjection.NAME)
class VehicleSearchQueries {

    private static final int FACET_SIZE = 50;
    private static final String SUGGESTION = "vehicle";
    private static final List<String> HIGHLIGHTED = List.of("make", "model", "variant", "description", "features");
    private static final float MAKE_WEIGHT = 3f;
    private static final float MODEL_WEIGHT = 2f;
    private static final float EXACT_SPELLING_WEIGHT = 1f;

    private static final VersionedIndex ALIAS = new VersionedIndex(VehicleDocument.INDEX);

    private final ElasticsearchClient client;

    VehicleSearchQueries(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    VehicleSearchPage handle(SearchVehicles query) throws IOException {
        SearchResponse<VehicleDocument> response = client.search(s -> {
            s.index(ALIAS.alias())
                    .size(query.limit() + 1) // one more tells whether a next page exists
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query(query))
                    .sort(sort(query.sort()))
                    .sort(SortOptions.of(o -> o.field(f -> f.field("vin").order(SortOrder.Asc))))
                    .aggregations("make", a -> a.terms(t -> t.field("make.keyword").size(FACET_SIZE)))
                    .aggregations("fuelType", a -> a.terms(t -> t.field("fuelType").size(FACET_SIZE)))
                    .aggregations("bodyType", a -> a.terms(t -> t.field("bodyType").size(FACET_SIZE)))
                    .aggregations("transmission", a -> a.terms(t -> t.field("transmission").size(FACET_SIZE)));
            if (query.after() != null) {
                s.searchAfter(FieldValue.of(query.after().value()), FieldValue.of(query.after().vin()));
            }
            if (query.text() != null && !query.text().isBlank()) {
                s.highlight(h -> {
                    HIGHLIGHTED.forEach(field -> h.fields(field, f -> f.numberOfFragments(2).fragmentSize(120)));
                    // the car's own text is escaped, only the <em> tags around matches are markup
                    return h.encoder(HighlighterEncoder.Html).requireFieldMatch(false)
                            .highlightQuery(fuzzyMatch(query.text()));
                });
            }
            return s;
        }, VehicleDocument.class);
        List<Hit<VehicleDocument>> found = response.hits().hits();
        List<VehicleSearchPage.Hit> hits = found.stream().limit(query.limit())
                .map(VehicleSearchQueries::hit).toList();
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        Map<String, Aggregate> aggregations = response.aggregations();
        return new VehicleSearchPage(total, hits, new VehicleSearchPage.Facets(
                buckets(aggregations.get("make")), buckets(aggregations.get("fuelType")),
                buckets(aggregations.get("bodyType")), buckets(aggregations.get("transmission"))),
                found.size() > query.limit());
    }

    @QueryHandler
    VehicleSuggestions handle(SuggestVehicles query) throws IOException {
        SearchResponse<Void> response = client.search(s -> s
                .index(ALIAS.alias())
                .source(src -> src.fetch(false))
                .suggest(sg -> sg.suggesters(SUGGESTION, fs -> fs
                        .prefix(query.prefix())
                        .completion(c -> c.field("suggest").size(query.limit()).skipDuplicates(true)))),
                Void.class);
        List<String> texts = new ArrayList<>();
        response.suggest().getOrDefault(SUGGESTION, List.of()).forEach(suggestion -> {
            if (suggestion.isCompletion()) {
                suggestion.completion().options().forEach(option -> {
                    if (!texts.contains(option.text())) {
                        texts.add(option.text());
                    }
                });
            }
        });
        return new VehicleSuggestions(texts.size() > query.limit() ? texts.subList(0, query.limit()) : texts);
    }

    private static Query query(SearchVehicles search) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        if (search.text() != null && !search.text().isBlank()) {
            text(bool, search.text());
        }
        VehicleFilter filter = search.filter();
        terms(bool, "status", filter.status(), Enum::name);
        terms(bool, "make.keyword", filter.make(), Function.identity());
        terms(bool, "fuelType", filter.fuelType(), Enum::name);
        terms(bool, "transmission", filter.transmission(), Enum::name);
        terms(bool, "bodyType", filter.bodyType(), Function.identity());
        range(bool, "pricePence", filter.minPricePence(), filter.maxPricePence());
        range(bool, "year", filter.minYear(), filter.maxYear());
        range(bool, "mileage", null, filter.maxMileage());
        return Query.of(q -> q.bool(bool.build()));
    }

    /**
     * Every word must match somewhere, each allowing the edit distance Elasticsearch deems right for its length. The
     * score is a sum of fixed weights (a word matches the make, the model, every word is spelt exactly), never a
     * function of the other documents, so a car's score, and with it the cursor of a page, does not change when
     * other cars are listed or sold between two page requests.
     */
    private static void text(BoolQuery.Builder bool, String text) {
        bool.filter(fuzzyMatch(text));
        bool.should(weighted(Query.of(q -> q.match(m -> m.field("make").query(text).fuzziness("AUTO")
                .prefixLength(1))), MAKE_WEIGHT));
        bool.should(weighted(Query.of(q -> q.match(m -> m.field("model").query(text).fuzziness("AUTO")
                .prefixLength(1))), MODEL_WEIGHT));
        bool.should(weighted(Query.of(q -> q.match(m -> m.field("searchText").query(text).operator(Operator.And))),
                EXACT_SPELLING_WEIGHT));
    }

    private static Query fuzzyMatch(String text) {
        return Query.of(q -> q.match(m -> m.field("searchText").query(text).fuzziness("AUTO")
                .operator(Operator.And).prefixLength(1)));
    }

    private static Query weighted(Query query, float weight) {
        return Query.of(q -> q.constantScore(c -> c.filter(query).boost(weight)));
    }

    private static <T> void terms(BoolQuery.Builder bool, String field, Collection<T> values, Function<T, String> name) {
        if (values == null || values.isEmpty()) {
            return;
        }
        List<FieldValue> fieldValues = values.stream().map(v -> FieldValue.of(name.apply(v))).toList();
        bool.filter(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    private static void range(BoolQuery.Builder bool, String field, Number min, Number max) {
        if (min == null && max == null) {
            return;
        }
        bool.filter(q -> q.range(r -> r.untyped(u -> {
            u.field(field);
            if (min != null) {
                u.gte(JsonData.of(min));
            }
            if (max != null) {
                u.lte(JsonData.of(max));
            }
            return u;
        })));
    }

    private static SortOptions sort(VehicleSort sort) {
        return switch (sort) {
            case RELEVANCE -> SortOptions.of(o -> o.score(s -> s.order(SortOrder.Desc)));
            case PRICE_ASC -> byField("pricePence", SortOrder.Asc);
            case PRICE_DESC -> byField("pricePence", SortOrder.Desc);
            case YEAR_DESC -> byField("year", SortOrder.Desc);
            case MILEAGE_ASC -> byField("mileage", SortOrder.Asc);
            case NEWEST -> byField("listedAt", SortOrder.Desc);
        };
    }

    private static SortOptions byField(String field, SortOrder order) {
        return SortOptions.of(o -> o.field(f -> f.field(field).order(order)));
    }

    private static VehicleSearchPage.Hit hit(Hit<VehicleDocument> hit) {
        List<String> highlights = new ArrayList<>();
        hit.highlight().values().forEach(highlights::addAll);
        FieldValue value = hit.sort().get(0);
        double sortValue = value.isDouble() ? value.doubleValue() : value.isLong() ? value.longValue() : 0;
        return new VehicleSearchPage.Hit(hit.source().toView(), hit.score(), highlights,
                new VehicleSortKey(sortValue, hit.source().vin()));
    }

    private static List<VehicleSearchPage.Bucket> buckets(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream()
                .map((StringTermsBucket b) -> new VehicleSearchPage.Bucket(b.key().stringValue(), b.docCount()))
                .toList();
    }
}
