package com.forecourt.vehicle.projection.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.SuggestMode;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.util.NamedValue;
import com.forecourt.vehicle.projection.search.understanding.Concept;
import com.forecourt.vehicle.projection.search.understanding.ConceptKind;
import com.forecourt.vehicle.projection.search.understanding.Reading;
import com.forecourt.vehicle.projection.search.understanding.SearchIntent;
import com.forecourt.vehicle.projection.search.understanding.Vocabulary;
import com.forecourt.vehicle.projection.search.understanding.Words;
import com.forecourt.vehicle.query.SearchRelaxation;
import com.forecourt.vehicle.query.SearchVehicles;
import com.forecourt.vehicle.query.VehicleFacet;
import com.forecourt.vehicle.query.VehicleFilter;
import com.forecourt.vehicle.query.VehicleSort;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Elasticsearch request of one search at one stage of widening (ADR 15). The buyer's text has been read by the
 * {@link com.forecourt.vehicle.projection.search.understanding.SearchInterpreter}; its words are only ever match
 * input, never query syntax, so no text can change the shape of the request.
 *
 * <p>Relevance is a sum of fixed weights, never a function of the other cars (ADR 13): each word scores the weight
 * of the best field it matches (make, model, variant, attributes, features, description; a fuzzy match less than an
 * exact one), and a widened search adds a fixed weight per filter understood in the text that a car meets. A car's
 * score, and so a page cursor, does not move when other cars are listed or sold.
 *
 * <p>Filters, whether the buyer picked them or they were understood in the text, are combined: within one facet the
 * buyer's picks and the understood values are alternatives; the facets are combined with AND; ranges take the
 * narrowest bounds. Each facet asked for is counted under every filter but its own (disjunctive facets), so the
 * filter of a facet asked for is a post-filter; every other filter narrows the scored query, which is cheaper (ADR
 * 15). Only the parts of the answer asked for are computed ({@link com.forecourt.vehicle.query.SearchParts}).
 */
final class VehicleSearchRequest {

    static final float MAKE_WEIGHT = 10f;
    static final float MODEL_WEIGHT = 8f;
    static final float VARIANT_WEIGHT = 5f;
    static final float ATTRIBUTE_WEIGHT = 4f;
    static final float FEATURES_WEIGHT = 2f;
    static final float DESCRIPTION_WEIGHT = 1f;
    static final float FUZZY_MAKE_WEIGHT = 6f;
    static final float FUZZY_MODEL_WEIGHT = 5f;
    static final float FUZZY_VARIANT_WEIGHT = 3f;
    /** Words matched next to each other in the model ({@code range rover sport}). */
    static final float MODEL_PHRASE_WEIGHT = 3f;
    /** A filter understood in the text that a car meets, once the filters are preferences. */
    static final float PREFERENCE_WEIGHT = 4f;

    static final String SPELLING = "spelling";
    static final String STOCK = "stock";
    static final String WORDS = "words";
    static final String VALUES = "values";
    static final String LEGACY = "legacy";
    private static final int FACET_SIZE = 50;
    private static final String FUZZINESS = "AUTO:5,8";
    private static final int MAX_EXPANSIONS = 10;
    private static final List<String> UNREAD_FIELDS = List.of("derived", "suggest");
    private static final List<String> HIGHLIGHTED = List.of("make", "model", "variant", "description", "features");

    /** How far a search is widened: as typed, then by one of the relaxations. */
    enum Stage {
        STRICT(null), FEWER_WORDS(SearchRelaxation.Kind.FEWER_WORDS), SIMILAR_MAKES(SearchRelaxation.Kind.SIMILAR_MAKES),
        FILTERS_AS_PREFERENCES(SearchRelaxation.Kind.FILTERS_AS_PREFERENCES);

        final SearchRelaxation.Kind relaxation;

        Stage(SearchRelaxation.Kind relaxation) {
            this.relaxation = relaxation;
        }

        static Stage of(SearchRelaxation.Kind relaxation) {
            for (Stage stage : values()) {
                if (stage.relaxation == relaxation) {
                    return stage;
                }
            }
            return STRICT;
        }
    }

    private final SearchVehicles search;
    private final SearchIntent intent;
    private final Vocabulary vocabulary;
    private final Stage stage;

    VehicleSearchRequest(SearchVehicles search, SearchIntent intent, Vocabulary vocabulary, Stage stage) {
        this.search = search;
        this.intent = intent;
        this.vocabulary = vocabulary;
        this.stage = stage;
    }

    Stage stage() {
        return stage;
    }

    /** The whole request on an index or alias. */
    SearchRequest build(String index) {
        Map<VehicleFacet, Query> filters = facetFilters();
        Map<VehicleFacet, Query> counted = counted(filters);
        List<Query> narrowing = filters.entrySet().stream().filter(e -> !counted.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        return SearchRequest.of(s -> {
            s.index(index)
                    .size(search.limit() + 1) // one more tells whether a next page exists
                    .trackTotalHits(t -> t.enabled(true))
                    // the derived words are for matching only and weigh more than the rest of the car
                    .source(src -> src.filter(f -> f.excludes(UNREAD_FIELDS)))
                    .query(narrowing.isEmpty() ? query() : Query.of(q -> q.bool(b -> b.must(query()).filter(narrowing))))
                    .sort(sort(search.sort()))
                    .sort(SortOptions.of(o -> o.field(f -> f.field("vin").order(SortOrder.Asc))));
            if (!counted.isEmpty()) {
                s.postFilter(all(counted.values()));
            }
            aggregations(counted).forEach(s::aggregations);
            if (search.after() != null) {
                s.searchAfter(FieldValue.of(search.after().value()), FieldValue.of(search.after().vin()));
            }
            // words with digits are model numbers and years: 2008 must not become 2018
            List<String> spelt = intent.words().stream().filter(w -> w.chars().noneMatch(Character::isDigit)).toList();
            if (search.parts().didYouMean() && !spelt.isEmpty()) {
                s.suggest(sg -> sg.text(String.join(" ", spelt)).suggesters(SPELLING, f -> f.term(t -> t
                        .field("derived.spelling").suggestMode(SuggestMode.Missing).size(1).minWordLength(4))));
            }
            Query highlight = search.parts().highlights() ? highlightQuery() : null;
            if (highlight != null) {
                s.highlight(h -> {
                    HIGHLIGHTED.forEach(field -> h.fields(field, f -> f.numberOfFragments(2).fragmentSize(120)));
                    // the car's own text is escaped, only the <em> tags around matches are markup
                    return h.encoder(HighlighterEncoder.Html).requireFieldMatch(false).highlightQuery(highlight);
                });
            }
            return s;
        });
    }

    /** The scored query: the words, the status, and the features understood in the text. */
    Query query() {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        terms(bool, "status", search.filter().status(), Enum::name);
        List<Query> words = intent.words().stream().map(this::word).toList();
        intent.preferred().forEach(word -> bool.should(word(word)));
        switch (stage) {
            case STRICT -> words.forEach(bool::must);
            case FEWER_WORDS -> bool.must(atLeastOne(words));
            case SIMILAR_MAKES -> words.forEach(bool::should);
            case FILTERS_AS_PREFERENCES -> {
                List<Query> preferences = new ArrayList<>(words);
                for (Reading reading : intent.readings()) {
                    Query preference = reading(reading);
                    if (preference != null) {
                        preferences.add(weighted(preference, PREFERENCE_WEIGHT));
                    }
                }
                bool.must(atLeastOne(preferences));
            }
        }
        if (stage != Stage.FILTERS_AS_PREFERENCES) {
            intent.readings(Reading.Kind.FEATURE).forEach(reading -> bool.filter(feature(reading.concept())));
        }
        if (intent.words().size() > 1) {
            bool.should(weighted(Query.of(q -> q.matchPhrase(m -> m.field("derived.model")
                    .query(String.join(" ", intent.words())))), MODEL_PHRASE_WEIGHT));
        }
        return Query.of(q -> q.bool(bool.build()));
    }

    /**
     * One word, or any of its synonyms: it scores the weight of the best field it matches. Words with digits and
     * words under five letters must be spelt exactly (2018 is not 2019, kia is not ka); longer words allow one or
     * two edits in the names.
     */
    Query word(String word) {
        String any = String.join(" ", vocabulary.synonyms(word));
        List<Query> fields = new ArrayList<>();
        fields.add(field("derived.make", any, MAKE_WEIGHT, false));
        fields.add(field("make", any, MAKE_WEIGHT, false));
        fields.add(field("derived.model", any, MODEL_WEIGHT, false));
        fields.add(field("model", any, MODEL_WEIGHT, false));
        fields.add(field("derived.variant", any, VARIANT_WEIGHT, false));
        fields.add(field("variant", any, VARIANT_WEIGHT, false));
        fields.add(field("derived.attributes", any, ATTRIBUTE_WEIGHT, false));
        fields.add(field("features", any, FEATURES_WEIGHT, false));
        fields.add(field("description", any, DESCRIPTION_WEIGHT, false));
        if (word.length() >= 5 && word.chars().noneMatch(Character::isDigit)) {
            fields.add(field("derived.make", word, FUZZY_MAKE_WEIGHT, true));
            fields.add(field("make", word, FUZZY_MAKE_WEIGHT, true));
            fields.add(field("derived.model", word, FUZZY_MODEL_WEIGHT, true));
            fields.add(field("model", word, FUZZY_MODEL_WEIGHT, true));
            // the listing's variant, not the derived one: joined words (frst from FR ST) would match typos of others
            fields.add(field("variant", word, FUZZY_VARIANT_WEIGHT, true));
        }
        return Query.of(q -> q.disMax(d -> d.queries(fields)));
    }

    private static Query field(String field, String word, float weight, boolean fuzzy) {
        Query match = Query.of(q -> q.match(m -> {
            m.field(field).query(word);
            if (fuzzy) {
                // a bound on the terms one typo can stand for, so that a long text stays within the clause limit
                m.fuzziness(FUZZINESS).prefixLength(1).maxExpansions(MAX_EXPANSIONS);
            }
            return m;
        }));
        return weighted(match, weight);
    }

    /** The filter of a facet or feature understood in the text, or null for a range (ranges are facet filters). */
    private Query reading(Reading reading) {
        return switch (reading.kind()) {
            case MAKE -> makes(List.of(), List.of(reading.concept()));
            case FUEL -> terms("fuelType", List.of(reading.concept().value()));
            case GEARBOX -> terms("transmission", List.of(reading.concept().value()));
            case BODY -> bodyTypes(List.of(reading.concept().label()));
            case COLOUR -> colours(List.of(reading.concept().label()));
            case FEATURE -> feature(reading.concept());
            case PRICE -> range("pricePence", reading.min(), reading.max());
            case YEAR -> range("year", reading.min(), reading.max());
            case MILEAGE -> range("mileage", reading.min(), reading.max());
        };
    }

    /** A feature: the concept in the car's derived words, or its name in the listing's text. */
    private static Query feature(Concept concept) {
        return any(List.of(Query.of(q -> q.term(t -> t.field("derived.concepts").value(concept.id()))),
                Query.of(q -> q.matchPhrase(m -> m.field("searchText").query(concept.label())))));
    }

    /** The filter of each facet that has one: the buyer's picks and, unless they are preferences, the text's. */
    Map<VehicleFacet, Query> facetFilters() {
        VehicleFilter filter = search.filter();
        boolean understood = stage != Stage.FILTERS_AS_PREFERENCES;
        Map<VehicleFacet, Query> filters = new EnumMap<>(VehicleFacet.class);
        List<Concept> makes = understood ? concepts(Reading.Kind.MAKE) : List.of();
        if (stage == Stage.SIMILAR_MAKES) {
            Set<Concept> similar = new LinkedHashSet<>(makes);
            makes.forEach(make -> make.similar().forEach(label -> vocabulary.byLabel(label).ifPresent(similar::add)));
            makes = List.copyOf(similar);
        }
        put(filters, VehicleFacet.MAKE, filter.make().isEmpty() && makes.isEmpty() ? null : makes(filter.make(), makes));
        put(filters, VehicleFacet.FUEL_TYPE, terms("fuelType", union(filter.fuelType().stream().map(Enum::name).toList(),
                understood ? values(Reading.Kind.FUEL) : List.of())));
        put(filters, VehicleFacet.TRANSMISSION, terms("transmission", union(filter.transmission().stream().map(Enum::name)
                .toList(), understood ? values(Reading.Kind.GEARBOX) : List.of())));
        put(filters, VehicleFacet.BODY_TYPE, bodyTypes(union(filter.bodyType(),
                understood ? labels(Reading.Kind.BODY) : List.of())));
        put(filters, VehicleFacet.COLOUR, colours(union(filter.colour().stream().map(this::colourLabel).toList(),
                understood ? labels(Reading.Kind.COLOUR) : List.of())));
        put(filters, VehicleFacet.PRICE, bounded("pricePence", filter.minPricePence(), filter.maxPricePence(),
                understood ? intent.readings(Reading.Kind.PRICE) : List.of()));
        put(filters, VehicleFacet.YEAR, bounded("year", toLong(filter.minYear()), toLong(filter.maxYear()),
                understood ? intent.readings(Reading.Kind.YEAR) : List.of()));
        put(filters, VehicleFacet.MILEAGE, bounded("mileage", toLong(filter.minMileage()), toLong(filter.maxMileage()),
                understood ? intent.readings(Reading.Kind.MILEAGE) : List.of()));
        return filters;
    }

    /**
     * The filters of the facets asked for: each such facet is counted without its own filter, so these are applied
     * after the aggregations, as a post-filter, while every other filter narrows the scored query. Once widened to
     * similar makes, the make facet counts only those: every make in stock beside the few cars of a make asked for
     * by name would read as if the search had ignored it.
     */
    private Map<VehicleFacet, Query> counted(Map<VehicleFacet, Query> filters) {
        Map<VehicleFacet, Query> counted = new EnumMap<>(VehicleFacet.class);
        filters.forEach((facet, filter) -> {
            boolean similarMakes = facet == VehicleFacet.MAKE && stage == Stage.SIMILAR_MAKES;
            if (search.parts().facets().contains(facet) && !similarMakes) {
                counted.put(facet, filter);
            }
        });
        return counted;
    }

    /** Makes by the listing's spelling (the buyer's picks, the make facet's values) or by concept. */
    private static Query makes(List<String> spellings, List<Concept> concepts) {
        List<Query> any = new ArrayList<>();
        List<String> labels = new ArrayList<>(spellings);
        concepts.forEach(c -> labels.add(c.label()));
        any.add(terms("make.keyword", labels));
        if (!concepts.isEmpty()) {
            any.add(terms("derived.concepts", concepts.stream().map(Concept::id).toList()));
        }
        return any(any);
    }

    private static Query bodyTypes(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return any(List.of(terms("bodyType", values), terms("derived.bodyStyle", values)));
    }

    private static Query colours(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        return any(List.of(terms("colour", values.stream().map(Words::fold).toList()),
                terms("derived.colourFamily", values)));
    }

    /** A colour the buyer picked, as its family's label when the vocabulary knows it. */
    private String colourLabel(String colour) {
        return vocabulary.byLabel(colour).filter(c -> c.kind() == ConceptKind.COLOUR).map(Concept::label)
                .orElse(colour);
    }

    /** The narrowest bounds of the buyer's and the text's ranges on one field. */
    private static Query bounded(String field, Long min, Long max, List<Reading> readings) {
        Long low = min;
        Long high = max;
        for (Reading reading : readings) {
            if (reading.min() != null) {
                low = low == null ? reading.min() : Math.max(low, reading.min());
            }
            if (reading.max() != null) {
                high = high == null ? reading.max() : Math.min(high, reading.max());
            }
        }
        return range(field, low, high);
    }

    /**
     * The facets asked for, each counted under every post-filter but its own (the query has applied the others),
     * and what a stage needs to explain itself.
     */
    Map<String, Aggregation> aggregations(Map<VehicleFacet, Query> filters) {
        Map<String, Aggregation> aggregations = new LinkedHashMap<>();
        facet(aggregations, filters, VehicleFacet.MAKE, termsOf("make.keyword"), null);
        facet(aggregations, filters, VehicleFacet.FUEL_TYPE, termsOf("fuelType"), null);
        facet(aggregations, filters, VehicleFacet.BODY_TYPE, termsOf("derived.bodyStyle"), "bodyType");
        facet(aggregations, filters, VehicleFacet.TRANSMISSION, termsOf("transmission"), null);
        facet(aggregations, filters, VehicleFacet.COLOUR, termsOf("derived.colourFamily"), "colour");
        facet(aggregations, filters, VehicleFacet.YEAR, Aggregation.of(a -> a.terms(t -> t.field("year").size(FACET_SIZE)
                .order(NamedValue.of("_key", SortOrder.Desc)))), null);
        facet(aggregations, filters, VehicleFacet.PRICE, ranges("pricePence", SearchBands.price()), null);
        facet(aggregations, filters, VehicleFacet.MILEAGE, ranges("mileage", SearchBands.mileage()), null);
        List<Concept> makes = concepts(Reading.Kind.MAKE);
        if (!makes.isEmpty()) {
            Map<String, Query> stock = new LinkedHashMap<>();
            makes.forEach(make -> stock.put(make.id(), makes(List.of(), List.of(make))));
            Query status = terms("status", search.filter().status().stream().map(Enum::name).toList());
            aggregations.put(STOCK, Aggregation.of(a -> a.global(g -> g).aggregations(STOCK, s -> s.filter(status)
                    .aggregations(STOCK, f -> f.filters(b -> b.filters(k -> k.keyed(stock)))))));
        }
        if (stage != Stage.STRICT && !intent.words().isEmpty()) {
            Map<String, Query> words = new LinkedHashMap<>();
            intent.words().forEach(word -> words.put(word, word(word)));
            Query all = filters.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : all(filters.values());
            aggregations.put(WORDS, Aggregation.of(a -> a.filter(all).aggregations(WORDS,
                    f -> f.filters(b -> b.filters(k -> k.keyed(words))))));
        }
        return aggregations;
    }

    /**
     * A facet under every filter but its own. A facet of derived words also counts, by the listing's own field,
     * the cars indexed before their derived words existed (until a rebuild writes them again).
     */
    private void facet(Map<String, Aggregation> aggregations, Map<VehicleFacet, Query> filters, VehicleFacet facet,
                       Aggregation values, String listedField) {
        if (!search.parts().facets().contains(facet)) {
            return;
        }
        List<Query> others = filters.entrySet().stream().filter(e -> e.getKey() != facet).map(Map.Entry::getValue)
                .toList();
        Query filter = others.isEmpty() ? Query.of(q -> q.matchAll(m -> m)) : all(others);
        Map<String, Aggregation> sub = new LinkedHashMap<>();
        sub.put(VALUES, values);
        if (listedField != null) {
            String derivedField = values.terms().field();
            sub.put(LEGACY, Aggregation.of(l -> l.filter(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e
                    .field(derivedField))))).aggregations(VALUES, termsOf(listedField))));
        }
        aggregations.put(facet.name(), Aggregation.of(a -> a.filter(filter).aggregations(sub)));
    }

    private static Aggregation termsOf(String field) {
        return Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)));
    }

    private static Aggregation ranges(String field, List<SearchBands.Band> bands) {
        List<AggregationRange> ranges = bands.stream().map(band -> AggregationRange.of(r -> r.key(band.key())
                .from(band.min() == null ? null : band.min().doubleValue())
                .to(band.max() == null ? null : band.max() + 1.0))).toList();
        return Aggregation.of(a -> a.range(r -> r.field(field).ranges(ranges)));
    }

    /** The words to mark in highlights: the text's words and the features it names. */
    private Query highlightQuery() {
        List<String> marked = new ArrayList<>(intent.words());
        marked.addAll(intent.preferred());
        intent.readings(Reading.Kind.FEATURE).forEach(r -> marked.add(r.concept().label()));
        if (marked.isEmpty()) {
            return null;
        }
        return Query.of(q -> q.match(m -> m.field("searchText").query(String.join(" ", marked))
                .fuzziness(FUZZINESS).prefixLength(1)));
    }

    private List<Concept> concepts(Reading.Kind kind) {
        return intent.readings(kind).stream().map(Reading::concept).toList();
    }

    private List<String> values(Reading.Kind kind) {
        return intent.readings(kind).stream().map(r -> r.concept().value()).toList();
    }

    private List<String> labels(Reading.Kind kind) {
        return intent.readings(kind).stream().map(r -> r.concept().label()).toList();
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return List.copyOf(union);
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private static <K> void put(Map<K, Query> filters, K key, Query query) {
        if (query != null) {
            filters.put(key, query);
        }
    }

    /** At least one of the queries must match; the score is the sum of those that do. */
    private static Query atLeastOne(List<Query> queries) {
        return Query.of(q -> q.bool(b -> b.should(queries).minimumShouldMatch("1")));
    }

    static Query weighted(Query query, float weight) {
        return Query.of(q -> q.constantScore(c -> c.filter(query).boost(weight)));
    }

    private static Query all(Collection<Query> queries) {
        return Query.of(q -> q.bool(b -> b.filter(List.copyOf(queries))));
    }

    private static Query any(List<Query> queries) {
        return queries.size() == 1 ? queries.get(0)
                : Query.of(q -> q.bool(b -> b.should(queries).minimumShouldMatch("1")));
    }

    private static Query terms(String field, List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues))));
    }

    private static <T> void terms(BoolQuery.Builder bool, String field, Collection<T> values, Function<T, String> name) {
        if (values == null || values.isEmpty()) {
            return;
        }
        bool.filter(terms(field, values.stream().map(name).toList()));
    }

    private static Query range(String field, Long min, Long max) {
        if (min == null && max == null) {
            return null;
        }
        return Query.of(q -> q.range(r -> r.untyped(u -> {
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
}
