package com.forecourt.vehicle.projection.search;

import com.forecourt.readmodel.ReadModelQueries;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.RangeBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.Suggestion;
import com.forecourt.vehicle.projection.search.VehicleSearchRequest.Stage;
import com.forecourt.vehicle.projection.search.understanding.Concept;
import com.forecourt.vehicle.projection.search.understanding.Reading;
import com.forecourt.vehicle.projection.search.understanding.SearchIntent;
import com.forecourt.vehicle.projection.search.understanding.SearchInterpreter;
import com.forecourt.vehicle.projection.search.understanding.Vocabulary;
import com.forecourt.vehicle.projection.search.understanding.Words;
import com.forecourt.vehicle.query.SearchInterpretation;
import com.forecourt.vehicle.query.SearchRelaxation;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import com.forecourt.vehicle.query.SearchVehicles;
import com.forecourt.vehicle.query.VehicleFacet;
import com.forecourt.vehicle.query.SuggestVehicles;
import com.forecourt.vehicle.query.VehicleSearchPage;
import com.forecourt.vehicle.query.VehicleSortKey;
import com.forecourt.vehicle.query.VehicleSuggestions;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers catalogue searches from the {@code vehicles} alias. The text is read into filters and words
 * ({@link SearchInterpreter}, docs/search.md); when it finds nothing as typed, the search widens step by step
 * (similar makes for a make not in stock, fewer required words, the understood filters as preferences) and says
 * so. A later page continues the widening of the first, named in its cursor, so a list never changes its rules
 * between pages.
 */
@Component
@ReadModelQueries(VehicleSearchProjection.NAME)
class VehicleSearchQueries {

    private static final String SUGGESTION = "vehicle";

    private static final VersionedIndex ALIAS = new VersionedIndex(VehicleDocument.INDEX);

    private final ElasticsearchClient client;
    private final Vocabulary vocabulary = Vocabulary.standard();
    private final SearchInterpreter interpreter = new SearchInterpreter(vocabulary);

    VehicleSearchQueries(ElasticsearchClient client) {
        this.client = client;
    }

    @QueryHandler
    VehicleSearchPage handle(SearchVehicles query) throws IOException {
        SearchIntent intent = interpreter.read(query.text());
        VehicleSearchRequest request = new VehicleSearchRequest(query, intent, vocabulary,
                Stage.of(query.relaxation()));
        SearchResponse<VehicleDocument> response = search(request);
        List<String> unavailable = unavailableMakes(response);
        if (query.relaxation() == null && !query.continued()) {
            for (Stage stage : widenings(intent, unavailable)) {
                if (total(response) > 0) {
                    break;
                }
                request = new VehicleSearchRequest(query, intent, vocabulary, stage);
                response = search(request);
            }
        }
        return page(query, intent, request.stage(), response, unavailable);
    }

    /** How a search that found nothing is widened, in order; each step only if the one before found nothing. */
    static List<Stage> widenings(SearchIntent intent, List<String> unavailableMakes) {
        List<Stage> stages = new ArrayList<>();
        if (!unavailableMakes.isEmpty()) {
            stages.add(Stage.SIMILAR_MAKES);
        } else if (intent.words().size() > 1) {
            stages.add(Stage.FEWER_WORDS);
        }
        if (!intent.readings().isEmpty() && intent.readings().size() + intent.words().size() > 1) {
            stages.add(Stage.FILTERS_AS_PREFERENCES);
        }
        return stages;
    }

    private SearchResponse<VehicleDocument> search(VehicleSearchRequest request) throws IOException {
        return client.search(request.build(ALIAS.alias()), VehicleDocument.class);
    }

    private static long total(SearchResponse<?> response) {
        return response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
    }

    private VehicleSearchPage page(SearchVehicles query, SearchIntent intent, Stage stage,
                                   SearchResponse<VehicleDocument> response, List<String> unavailable) {
        List<Hit<VehicleDocument>> found = response.hits().hits();
        List<VehicleSearchPage.Hit> hits = found.stream().limit(query.limit())
                .map(VehicleSearchQueries::hit).toList();
        Map<String, Aggregate> aggregations = response.aggregations();
        VehicleSearchPage.Facets facets = new VehicleSearchPage.Facets(terms(aggregations, VehicleFacet.MAKE),
                terms(aggregations, VehicleFacet.FUEL_TYPE), terms(aggregations, VehicleFacet.BODY_TYPE),
                terms(aggregations, VehicleFacet.TRANSMISSION), terms(aggregations, VehicleFacet.COLOUR),
                terms(aggregations, VehicleFacet.YEAR), ranges(aggregations, VehicleFacet.PRICE, SearchBands.price()),
                ranges(aggregations, VehicleFacet.MILEAGE, SearchBands.mileage()));
        SearchRelaxation relaxation = stage == Stage.STRICT ? null
                : new SearchRelaxation(stage.relaxation, unmatchedWords(aggregations),
                stage == Stage.SIMILAR_MAKES ? similarMakes(intent) : List.of());
        return new VehicleSearchPage(total(response), hits, facets, found.size() > query.limit(),
                interpretations(intent), relaxation, didYouMean(intent, response), unavailable);
    }

    private static List<SearchInterpretation> interpretations(SearchIntent intent) {
        return intent.readings().stream().map(reading -> new SearchInterpretation(kind(reading.kind()),
                intent.typed(reading), reading.label(), value(reading), reading.min(), reading.max(),
                intent.without(reading))).toList();
    }

    private static SearchInterpretation.Kind kind(Reading.Kind kind) {
        return switch (kind) {
            case MAKE -> SearchInterpretation.Kind.MAKE;
            case FUEL -> SearchInterpretation.Kind.FUEL_TYPE;
            case GEARBOX -> SearchInterpretation.Kind.TRANSMISSION;
            case BODY -> SearchInterpretation.Kind.BODY_TYPE;
            case COLOUR -> SearchInterpretation.Kind.COLOUR;
            case FEATURE -> SearchInterpretation.Kind.FEATURE;
            case PRICE -> SearchInterpretation.Kind.PRICE;
            case YEAR -> SearchInterpretation.Kind.YEAR;
            case MILEAGE -> SearchInterpretation.Kind.MILEAGE;
        };
    }

    private static String value(Reading reading) {
        if (reading.concept() == null) {
            return null;
        }
        return reading.concept().value() != null ? reading.concept().value() : reading.concept().label();
    }

    /** Makes named in the text of which no car has the searched statuses. */
    private List<String> unavailableMakes(SearchResponse<?> response) {
        Aggregate stock = response.aggregations().get(VehicleSearchRequest.STOCK);
        if (stock == null) {
            return List.of();
        }
        Map<String, FiltersBucket> makes = stock.global().aggregations().get(VehicleSearchRequest.STOCK).filter()
                .aggregations().get(VehicleSearchRequest.STOCK).filters().buckets().keyed();
        List<String> unavailable = new ArrayList<>();
        makes.forEach((id, bucket) -> {
            if (bucket.docCount() == 0) {
                vocabulary.byId(id).map(Concept::label).ifPresent(unavailable::add);
            }
        });
        return unavailable;
    }

    private List<String> similarMakes(SearchIntent intent) {
        Set<String> similar = new LinkedHashSet<>();
        intent.readings(Reading.Kind.MAKE).forEach(reading -> similar.addAll(reading.concept().similar()));
        intent.readings(Reading.Kind.MAKE).forEach(reading -> similar.remove(reading.concept().label()));
        return List.copyOf(similar);
    }

    /** Words of the text that no car of a widened answer matches. */
    private static List<String> unmatchedWords(Map<String, Aggregate> aggregations) {
        Aggregate words = aggregations.get(VehicleSearchRequest.WORDS);
        if (words == null) {
            return List.of();
        }
        List<String> unmatched = new ArrayList<>();
        words.filter().aggregations().get(VehicleSearchRequest.WORDS).filters().buckets().keyed()
                .forEach((word, bucket) -> {
                    if (bucket.docCount() == 0) {
                        unmatched.add(word);
                    }
                });
        return unmatched;
    }

    /** The text with every word that is in no car replaced by the catalogue's nearest word, or null. */
    private static String didYouMean(SearchIntent intent, SearchResponse<?> response) {
        List<Suggestion<?>> suggestions = new ArrayList<>(response.suggest()
                .getOrDefault(VehicleSearchRequest.SPELLING, List.of()));
        Map<String, String> respelt = new LinkedHashMap<>();
        for (Suggestion<?> suggestion : suggestions) {
            if (suggestion.isTerm() && !suggestion.term().options().isEmpty()) {
                respelt.put(suggestion.term().text(), suggestion.term().options().get(0).text());
            }
        }
        if (respelt.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        int from = 0;
        for (Words.Word word : Words.of(intent.text())) {
            String replacement = respelt.get(word.text());
            if (replacement != null) {
                text.append(intent.text(), from, word.start()).append(replacement);
                from = word.end();
            }
        }
        return text.append(intent.text().substring(from)).toString();
    }

    /** A facet's values; for the facets of derived words, with the cars indexed before them counted too. */
    private static List<VehicleSearchPage.Bucket> terms(Map<String, Aggregate> aggregations, VehicleFacet facet) {
        Aggregate aggregate = aggregations.get(facet.name());
        if (aggregate == null) {
            return List.of();
        }
        Map<String, Aggregate> values = aggregate.filter().aggregations();
        Map<String, Long> counts = new LinkedHashMap<>();
        count(values.get(VehicleSearchRequest.VALUES), counts);
        Aggregate legacy = values.get(VehicleSearchRequest.LEGACY);
        if (legacy != null) {
            count(legacy.filter().aggregations().get(VehicleSearchRequest.VALUES), counts);
        }
        List<VehicleSearchPage.Bucket> buckets = new ArrayList<>();
        counts.forEach((value, count) -> buckets.add(new VehicleSearchPage.Bucket(value, count)));
        if (legacy != null) {
            buckets.sort(Comparator.comparingLong(VehicleSearchPage.Bucket::count).reversed());
        }
        return buckets;
    }

    private static void count(Aggregate aggregate, Map<String, Long> counts) {
        if (aggregate == null) {
            return;
        }
        if (aggregate.isSterms()) {
            for (StringTermsBucket b : aggregate.sterms().buckets().array()) {
                counts.merge(b.key().stringValue(), b.docCount(), Long::sum);
            }
        } else if (aggregate.isLterms()) {
            for (LongTermsBucket b : aggregate.lterms().buckets().array()) {
                counts.merge(String.valueOf(b.key()), b.docCount(), Long::sum);
            }
        }
    }

    private static List<VehicleSearchPage.RangeBucket> ranges(Map<String, Aggregate> aggregations, VehicleFacet facet,
                                                              List<SearchBands.Band> bands) {
        Aggregate aggregate = aggregations.get(facet.name());
        if (aggregate == null) {
            return List.of();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RangeBucket bucket : aggregate.filter().aggregations().get(VehicleSearchRequest.VALUES).range()
                .buckets().array()) {
            counts.put(bucket.key(), bucket.docCount());
        }
        return bands.stream().map(band -> SearchBands.bucket(band, counts.getOrDefault(band.key(), 0L))).toList();
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

    private static VehicleSearchPage.Hit hit(Hit<VehicleDocument> hit) {
        List<String> highlights = new ArrayList<>();
        hit.highlight().values().forEach(highlights::addAll);
        FieldValue value = hit.sort().get(0);
        double sortValue = value.isDouble() ? value.doubleValue() : value.isLong() ? value.longValue() : 0;
        return new VehicleSearchPage.Hit(hit.source().toView(), hit.score(), highlights,
                new VehicleSortKey(sortValue, hit.source().vin()));
    }
}
