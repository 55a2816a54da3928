package com.forecourt.vehicle;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The search understands buyers' words over GraphQL: filters read from the text and said back as chips, facets that
 * stay honest while filtering, and no dead ends (widening, "did you mean", makes not in stock). Every test lists its
 * own cars under a model name nobody else uses and searches for it, so the other tests' cars never get in the way.
 */
class SearchUnderstandingIntegrationTest extends IntegrationTestSupport {

    private static final String SEARCH = """
            query S($q: String, $filter: VehicleFilter, $first: Int, $after: String) {
              searchVehicles(query: $q, filter: $filter, first: $first, after: $after) {
                total
                hits { vehicle { vin make model colour } }
                facets { make { value count } fuelType { value count } bodyType { value count } colour { value count }
                         year { value count } price { label min max count } mileage { label min max count } }
                interpretedAs { kind text label value min max queryWithout }
                relaxation { kind unmatchedWords similarMakes }
                didYouMean
                unavailableMakes
                pageInfo { hasNextPage endCursor }
              } }""";

    private final String model = uniqueWord();

    @Test
    void canReadDieselEstateAsTwoFiltersAndSayWhatItUnderstood() {
        String dieselEstate = list("Skoda", model, "DIESEL", "Estate", "Moon White", 1_499_500, 2019, 40_000);
        list("Skoda", model, "PETROL", "Estate", "Moon White", 1_399_500, 2019, 40_000);
        list("Skoda", model, "DIESEL", "Hatchback", "Moon White", 1_299_500, 2019, 40_000);
        awaitTotal(model, 3);

        GraphQlTester.Response response = search("Diesel estate " + model);

        assertThat(vins(response)).containsExactly(dieselEstate);
        assertThat(response.path("searchVehicles.interpretedAs").entityList(Map.class).get()).containsExactly(
                chip("FUEL_TYPE", "Diesel", "Diesel", "DIESEL", "estate " + model),
                chip("BODY_TYPE", "estate", "Estate", "Estate", "Diesel " + model));
    }

    @Test
    void canCountTheOtherFuelsInTheFuelFacetWhileFilteringByDiesel() {
        list("Ford", model, "DIESEL", "Estate", "Blue", 1_000_000, 2019, 40_000);
        list("Ford", model, "DIESEL", "Hatchback", "Blue", 1_000_000, 2019, 40_000);
        list("Ford", model, "PETROL", "Hatchback", "Blue", 1_000_000, 2019, 40_000);
        awaitTotal(model, 3);

        GraphQlTester.Response response = search("diesel " + model);

        response.path("searchVehicles.total").entity(Integer.class).isEqualTo(2);
        assertThat(response.path("searchVehicles.facets.fuelType").entityList(Map.class).get())
                .containsExactlyInAnyOrder(Map.of("value", "DIESEL", "count", 2), Map.of("value", "PETROL", "count", 1));
        assertThat(response.path("searchVehicles.facets.bodyType").entityList(Map.class).get())
                .containsExactlyInAnyOrder(Map.of("value", "Estate", "count", 1), Map.of("value", "Hatchback", "count", 1));
    }

    @Test
    void canCountColourFamiliesYearsAndPriceAndMileageBands() {
        list("Mazda", model, "PETROL", "Hatchback", "Soul Red Crystal", 950_000, 2018, 45_000);
        list("Mazda", model, "PETROL", "Hatchback", "Flame Red", 1_250_000, 2020, 12_000);
        list("Mazda", model, "PETROL", "Hatchback", "Machine Grey", 1_250_000, 2020, 8_000);
        awaitTotal(model, 3);

        GraphQlTester.Response response = search(model);

        assertThat(response.path("searchVehicles.facets.colour").entityList(Map.class).get())
                .containsExactly(Map.of("value", "Red", "count", 2), Map.of("value", "Grey", "count", 1));
        assertThat(response.path("searchVehicles.facets.year").entityList(Map.class).get())
                .containsExactly(Map.of("value", "2020", "count", 2), Map.of("value", "2018", "count", 1));
        assertThat(response.path("searchVehicles.facets.price[1]").entity(Map.class).get())
                .isEqualTo(Map.of("label", "£5,000 to £10,000", "min", 500_000, "max", 999_999, "count", 1));
        assertThat(response.path("searchVehicles.facets.mileage[*].count").entityList(Integer.class).get())
                .containsExactly(1, 1, 1, 0, 0);
    }

    @Test
    void canFindASportsTourerAsAnEstateUnderAPriceReadFromTheText() {
        String tourer = list("Vauxhall", model, "DIESEL", "Sports Tourer", "Summit White", 1_099_500, 2020, 44_000);
        list("Vauxhall", model, "DIESEL", "Sports Tourer", "Summit White", 1_599_500, 2020, 44_000);
        awaitTotal(model, 2);

        GraphQlTester.Response response = search(model + " estate under £15,000");

        assertThat(vins(response)).containsExactly(tourer);
        response.path("searchVehicles.interpretedAs[1].max").entity(Integer.class).isEqualTo(1_499_999);
    }

    @Test
    void canFilterByAColourFamilyAndAMileageBand() {
        String red = list("Kia", model, "PETROL", "Hatchback", "Tornado Red", 1_000_000, 2020, 25_000);
        list("Kia", model, "PETROL", "Hatchback", "Tornado Red", 1_000_000, 2020, 65_000);
        list("Kia", model, "PETROL", "Hatchback", "Lunar Silver", 1_000_000, 2020, 25_000);
        awaitTotal(model, 3);

        GraphQlTester.Response response = search(model, Map.of("colour", List.of("red"), "minMileage", 10_000,
                "maxMileage", 29_999), 40, null);

        assertThat(vins(response)).containsExactly(red);
    }

    @Test
    void canWidenToFewerWordsAndSayWhichWordNoCarMatches() {
        String car = list("Honda", model, "PETROL", "Hatchback", "Blue", 1_000_000, 2020, 25_000);
        awaitTotal(model, 1);
        String nowhere = uniqueWord();

        GraphQlTester.Response response = search(model + " " + nowhere);

        assertThat(vins(response)).containsExactly(car);
        assertThat(response.path("searchVehicles.relaxation").entity(Map.class).get()).isEqualTo(Map.of(
                "kind", "FEWER_WORDS", "unmatchedWords", List.of(nowhere), "similarMakes", List.of()));
    }

    @Test
    void canContinueAWidenedListUnderTheSameWideningWhenAnExactMatchIsListedBetweenPages() {
        String first = list("Honda", model, "PETROL", "Hatchback", "Blue", 1_000_000, 2020, 25_000);
        String second = list("Honda", model, "PETROL", "Hatchback", "Blue", 1_100_000, 2020, 25_000);
        awaitTotal(model, 2);
        String nowhere = uniqueWord();
        GraphQlTester.Response page1 = search(model + " " + nowhere, null, 1, null);
        String exact = list("Honda", model + " " + nowhere, "PETROL", "Hatchback", "Blue", 1_200_000, 2020, 25_000);
        awaitTotal(model + " " + nowhere, 1);

        GraphQlTester.Response page2 = search(model + " " + nowhere, null, 1,
                page1.path("searchVehicles.pageInfo.endCursor").entity(String.class).get());

        page2.path("searchVehicles.relaxation.kind").entity(String.class).isEqualTo("FEWER_WORDS");
        List<String> seen = new ArrayList<>(vins(page1));
        seen.addAll(vins(page2));
        assertThat(seen).doesNotHaveDuplicates().isSubsetOf(first, second, exact).hasSize(2);
    }

    @Test
    void canSuggestASpellingFromTheCataloguesOwnWords() {
        list("Renault", model, "PETROL", "Hatchback", "Blue", 1_000_000, 2020, 25_000);
        awaitTotal(model, 1);
        char replaced = model.charAt(model.length() - 2) == 'q' ? 'w' : 'q';
        String typo = model.substring(0, model.length() - 2) + replaced + model.charAt(model.length() - 1);

        GraphQlTester.Response response = search("renault " + typo);

        response.path("searchVehicles.didYouMean").entity(String.class).isEqualTo("renault " + model);
    }

    @Test
    void canSayAMakeIsNotInStockAndShowCarsOfSimilarMakes() {
        String jaguar = list("Jaguar", model, "PETROL", "Saloon", "Black", 3_000_000, 2020, 25_000);
        awaitTotal(model, 1);

        GraphQlTester.Response response = search("maserati " + model);

        response.path("searchVehicles.unavailableMakes").entityList(String.class).containsExactly("Maserati");
        response.path("searchVehicles.relaxation.kind").entity(String.class).isEqualTo("SIMILAR_MAKES");
        response.path("searchVehicles.relaxation.similarMakes").entityList(String.class).contains("Jaguar");
        assertThat(vins(response)).first().isEqualTo(jaguar);
    }

    @Test
    void canCountOnlyTheSimilarMakesInTheMakeFacetOnceWidenedToThem() {
        list("Jaguar", model, "PETROL", "Saloon", "Black", 3_000_000, 2020, 25_000);
        list("Kia", model, "PETROL", "Saloon", "Black", 1_000_000, 2020, 25_000);
        awaitTotal(model, 2);

        GraphQlTester.Response response = search("maserati " + model);

        List<String> similar = response.path("searchVehicles.relaxation.similarMakes").entityList(String.class).get();
        List<String> counted = response.path("searchVehicles.facets.make[*].value").entityList(String.class).get();
        assertThat(counted).contains("Jaguar").doesNotContain("Kia");
        assertThat(similar).containsAll(counted);
    }

    @Test
    void canTurnTheUnderstoodFiltersIntoPreferencesWhenNoCarMeetsThemAll() {
        String red = list("Suzuki", model, "PETROL", "Hatchback", "Burning Red", 1_000_000, 2020, 25_000);
        String diesel = list("Suzuki", model, "DIESEL", "Hatchback", "Blue", 1_000_000, 2020, 25_000);
        awaitTotal(model, 2);

        GraphQlTester.Response response = search("red diesel " + model);

        response.path("searchVehicles.relaxation.kind").entity(String.class).isEqualTo("FILTERS_AS_PREFERENCES");
        assertThat(vins(response).subList(0, 2)).containsExactlyInAnyOrder(red, diesel);
    }

    @Test
    void canSearchWithTheLongestTextAllowedMatchingItsFirstTwelveWords() {
        list("Volkswagen", model, "PETROL", "Hatchback", "Blue", 1_000_000, 2020, 25_000);
        awaitTotal(model, 1);
        StringBuilder text = new StringBuilder();
        while (text.length() < 190) {
            text.append(uniqueWord()).append(' ');
        }

        GraphQlTester.Response response = search(text.toString().strip() + " volkswagon");

        response.path("searchVehicles.relaxation.kind").entity(String.class).isEqualTo("FILTERS_AS_PREFERENCES");
        response.path("searchVehicles.relaxation.unmatchedWords").entityList(String.class).hasSize(12);
        response.path("searchVehicles.interpretedAs[0].label").entity(String.class).isEqualTo("Volkswagen");
    }

    private String list(String make, String model, String fuel, String body, String colour, int pricePence, int year,
                        int mileage) {
        String vin = TestVehicles.uniqueVin();
        Map<String, Object> input = TestVehicles.listing(vin, make, model, null, pricePence, "Search test",
                List.of());
        input.put("fuelType", fuel);
        input.put("bodyType", body);
        input.put("colour", colour);
        input.put("year", year);
        input.put("mileage", mileage);
        new Shop(staff()).execute(Shop.LIST, Map.of("input", input)).errors().verify();
        return vin;
    }

    private void awaitTotal(String text, int total) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(search(text).path("searchVehicles.total").entity(Integer.class).get()).isEqualTo(total));
    }

    private GraphQlTester.Response search(String text) {
        return search(text, null, 40, null);
    }

    private GraphQlTester.Response search(String text, Map<String, Object> filter, Integer first, String after) {
        GraphQlTester.Response response = graphql().document(SEARCH).variable("q", text).variable("filter", filter)
                .variable("first", first).variable("after", after).execute();
        response.errors().verify();
        return response;
    }

    /** A chip of a filter without bounds, as the API answers it. */
    private static Map<String, Object> chip(String kind, String text, String label, String value, String without) {
        Map<String, Object> chip = new java.util.LinkedHashMap<>();
        chip.put("kind", kind);
        chip.put("text", text);
        chip.put("label", label);
        chip.put("value", value);
        chip.put("min", null);
        chip.put("max", null);
        chip.put("queryWithout", without);
        return chip;
    }

    private static List<String> vins(GraphQlTester.Response response) {
        return response.path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get();
    }

    /** A word of nine letters nobody else lists: no vocabulary word, no other test's car. */
    private static String uniqueWord() {
        String letters = TestVehicles.uniqueVin().toLowerCase(Locale.ROOT).replaceAll("[0-9]", "x");
        return "zq" + letters.substring(0, 7);
    }
}
