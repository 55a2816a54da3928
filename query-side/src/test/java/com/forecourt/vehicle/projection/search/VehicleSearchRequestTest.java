package com.forecourt.vehicle.projection.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.projection.search.VehicleSearchRequest.Stage;
import com.forecourt.vehicle.projection.search.understanding.SearchInterpreter;
import com.forecourt.vehicle.projection.search.understanding.Vocabulary;
import com.forecourt.vehicle.query.SearchParts;
import com.forecourt.vehicle.query.SearchVehicles;
import com.forecourt.vehicle.query.VehicleFacet;
import com.forecourt.vehicle.query.VehicleFilter;
import com.forecourt.vehicle.query.VehicleSort;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleSearchRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode request(String text, VehicleFilter filter, Stage stage) {
        return request(text, filter, stage, SearchParts.all());
    }

    private static JsonNode request(String text, VehicleFilter filter, Stage stage, SearchParts parts) {
        SearchVehicles search = new SearchVehicles(text, filter, VehicleSort.RELEVANCE, null, 20, null, false, parts);
        SearchRequest request = new VehicleSearchRequest(search,
                new SearchInterpreter(Vocabulary.standard()).read(text), Vocabulary.standard(), stage).build("vehicles");
        try {
            return JSON.readTree(JsonpUtils.toJsonString(request, new JacksonJsonpMapper()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode request(String text, Stage stage) {
        return request(text, VehicleFilter.none(), stage);
    }

    @Test
    void canApplyFiltersUnderstoodInTheTextAsAPostFilter() {
        JsonNode request = request("diesel estate", Stage.STRICT);

        assertThat(request.path("post_filter").toString()).contains("DIESEL").contains("\"Estate\"");
        assertThat(request.path("query").toString()).doesNotContain("DIESEL");
    }

    @Test
    void canCountTheFuelFacetWithoutTheFuelFilterButUnderTheBodyTypeFilter() {
        JsonNode fuel = request("diesel estate", Stage.STRICT).path("aggregations").path("FUEL_TYPE").path("filter");

        assertThat(fuel.toString()).contains("\"Estate\"").doesNotContain("DIESEL");
    }

    @Test
    void canOfferTheBuyersPickedFuelAndTheUnderstoodOneAsAlternatives() {
        VehicleFilter petrol = new VehicleFilter(null, List.of(FuelType.PETROL), null, null, null, null, null, null,
                null, null, null, null);

        JsonNode postFilter = request("diesel", petrol, Stage.STRICT).path("post_filter");

        assertThat(postFilter.findValues("terms").toString()).contains("[\"PETROL\",\"DIESEL\"]");
    }

    @Test
    void canTakeTheNarrowestOfTheBuyersAndTheTextsPriceBounds() {
        VehicleFilter upTo = new VehicleFilter(null, null, null, null, 500_000L, 2_000_000L, null, null, null, null,
                null, null);

        JsonNode range = request("under 10k", upTo, Stage.STRICT).path("post_filter").findValue("pricePence");

        assertThat(range.path("gte").asLong()).isEqualTo(500_000L);
        assertThat(range.path("lte").asLong()).isEqualTo(999_999L);
    }

    @Test
    void cannotLetOtherCarsChangeACarsScore() {
        JsonNode query = request("blue bmw 320d touring range rover", Stage.FILTERS_AS_PREFERENCES).path("query");

        assertThat(scoredMatches(query, false)).isEmpty();
    }

    @Test
    void canMatchAWordOfFiveLettersOrMoreWithATypo() {
        assertThat(request("qashqia", Stage.STRICT).path("query").toString()).contains("\"fuzziness\":\"AUTO:5,8\"");
    }

    @Test
    void cannotMatchAShortWordOrAWordWithDigitsWithATypo() {
        assertThat(request("golf 2018", Stage.STRICT).path("query").toString()).doesNotContain("fuzziness");
    }

    @Test
    void canRequireEveryWordAsTyped() {
        JsonNode bool = request("golf gti", Stage.STRICT).path("query").path("bool");

        assertThat(bool.path("must")).hasSize(2);
    }

    @Test
    void canRequireOnlyOneWordOnceWidened() {
        JsonNode must = request("golf gti", Stage.FEWER_WORDS).path("query").path("bool").path("must");

        assertThat(must).hasSize(1);
        assertThat(must.get(0).path("bool").path("should")).hasSize(2);
        assertThat(must.get(0).path("bool").path("minimum_should_match").asText()).isEqualTo("1");
    }

    @Test
    void canShowAndCountOnlySimilarMakesWhenWidenedForAMakeNotInStock() {
        JsonNode request = request("lexus hybrid", Stage.SIMILAR_MAKES);

        assertThat(request.path("query").toString()).contains("make:toyota").contains("make:lexus");
        assertThat(request.path("post_filter").toString()).contains("HYBRID").doesNotContain("make:");
    }


    @Test
    void canTurnUnderstoodFiltersIntoPreferencesOnceWidened() {
        JsonNode request = request("red diesel estate", Stage.FILTERS_AS_PREFERENCES);

        assertThat(request.path("post_filter").isMissingNode()).isTrue();
        assertThat(request.path("query").path("bool").path("must").get(0).path("bool").path("should")).hasSize(3);
    }

    @Test
    void canCountTheStockOfAMakeNamedInTheText() {
        JsonNode stock = request("lexus", Stage.STRICT).path("aggregations").path(VehicleSearchRequest.STOCK);

        assertThat(stock.toString()).contains("global").contains("make:lexus");
    }

    @Test
    void canMatchAWordByItsSynonyms() {
        assertThat(request("boot", Stage.STRICT).path("query").toString()).contains("boot luggage load");
    }

    @Test
    void canRankByAWordThatDescribesWithoutRequiringIt() {
        JsonNode bool = request("family estate", Stage.STRICT).path("query").path("bool");

        assertThat(bool.path("must").isMissingNode()).isTrue();
        assertThat(bool.path("should").toString()).contains("family");
    }

    @Test
    void canAskForSpellingsOfTheWordsLeftOnly() {
        JsonNode suggest = request("diesel golff", Stage.STRICT).path("suggest");

        assertThat(suggest.path("text").asText()).isEqualTo("golff");
    }

    /** Text matches in a scoring context outside constant_score: they would score by collection statistics. */
    private static List<String> scoredMatches(JsonNode node, boolean constant) {
        List<String> found = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String name = field.getKey();
                if (!constant && (name.equals("match") || name.equals("match_phrase") || name.equals("multi_match"))) {
                    found.add(field.getValue().toString());
                }
                boolean inside = constant || name.equals("constant_score") || name.equals("filter")
                        || name.equals("must_not");
                found.addAll(scoredMatches(field.getValue(), inside));
            });
        } else if (node.isArray()) {
            node.forEach(child -> found.addAll(scoredMatches(child, constant)));
        }
        return found;
    }

    @Test
    void canCountOnlyTheFacetsAskedFor() {
        SearchParts makeAndFuel = new SearchParts(Set.of(VehicleFacet.MAKE, VehicleFacet.FUEL_TYPE), false, false);

        JsonNode aggregations = request("golf", VehicleFilter.none(), Stage.STRICT, makeAndFuel).path("aggregations");

        assertThat(aggregations.fieldNames()).toIterable().containsExactlyInAnyOrder("MAKE", "FUEL_TYPE");
    }

    @Test
    void canNarrowTheScoredQueryByTheFilterOfAFacetNotAskedFor() {
        SearchParts makeOnly = new SearchParts(Set.of(VehicleFacet.MAKE), false, false);

        JsonNode request = request("diesel estate", VehicleFilter.none(), Stage.STRICT, makeOnly);

        assertThat(request.path("query").toString()).contains("DIESEL").contains("\"Estate\"");
        assertThat(request.path("post_filter").isMissingNode()).isTrue();
        assertThat(request.path("aggregations").path("MAKE").path("filter").has("match_all")).isTrue();
    }

    @Test
    void canCountAFacetAskedForWithoutItsOwnFilterWhenTheOthersNarrowTheQuery() {
        SearchParts fuelOnly = new SearchParts(Set.of(VehicleFacet.FUEL_TYPE), false, false);

        JsonNode request = request("diesel estate", VehicleFilter.none(), Stage.STRICT, fuelOnly);

        assertThat(request.path("post_filter").toString()).contains("DIESEL").doesNotContain("Estate");
        assertThat(request.path("query").toString()).contains("\"Estate\"").doesNotContain("DIESEL");
        assertThat(request.path("aggregations").path("FUEL_TYPE").path("filter").has("match_all")).isTrue();
    }

    @Test
    void cannotHighlightOrRespellWhenNotAskedFor() {
        JsonNode request = request("diesel golff", VehicleFilter.none(), Stage.STRICT,
                new SearchParts(Set.of(), false, false));

        assertThat(request.path("highlight").isMissingNode()).isTrue();
        assertThat(request.path("suggest").isMissingNode()).isTrue();
    }
}
