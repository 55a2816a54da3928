package com.forecourt.vehicle;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Search pages continue after the last car of the previous page ({@code search_after} on sort value and VIN), so
 * cars listed between two page requests never make a car repeat or go missing, in every sort order.
 */
class SearchPagingIntegrationTest extends IntegrationTestSupport {

    private static final String PAGE = """
            query P($q: String, $sort: VehicleSort, $after: String) {
              searchVehicles(query: $q, sort: $sort, first: 3, after: $after) {
                total hits { vehicle { vin } } pageInfo { hasNextPage endCursor } } }""";

    @Test
    void canPageThroughRelevanceResultsWhileMatchingCarsAreListed() {
        pageWhileListing("RELEVANCE");
    }

    @Test
    void canPageThroughCarsByPriceWhileCheaperCarsAreListed() {
        pageWhileListing("PRICE_ASC");
    }

    @Test
    void canPageThroughTheNewestCarsWhileNewerCarsAreListed() {
        pageWhileListing("NEWEST");
    }

    private void pageWhileListing(String sort) {
        String model = "Pager" + TestVehicles.uniqueVin().substring(0, 6).replaceAll("[0-9]", "p").toLowerCase();
        List<String> before = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            before.add(list(model, 1_000_000 + i * 10_000, "Volvo"));
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(page(model, sort, null).path("searchVehicles.total").entity(Integer.class).get()).isEqualTo(7));

        List<String> seen = new ArrayList<>();
        String after = null;
        int listedMeanwhile = 0;
        do {
            GraphQlTester.Response page = page(model, sort, after);
            seen.addAll(page.path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get());
            after = page.path("searchVehicles.pageInfo.hasNextPage").entity(Boolean.class).get()
                    ? page.path("searchVehicles.pageInfo.endCursor").entity(String.class).get() : null;
            // between two pages a car appears that sorts before the page just read (cheaper, newer, a better match)
            String early = list(model + " " + model, 500_000 - listedMeanwhile, "Saab");
            listedMeanwhile++;
            awaitSearchable(model, early);
        } while (after != null);

        assertThat(seen).doesNotHaveDuplicates().containsAll(before);
    }

    private String list(String model, int pricePence, String make) {
        String vin = TestVehicles.uniqueVin();
        new Shop(staff()).execute(Shop.LIST, Map.of("input", TestVehicles.listing(vin, make, model, null, pricePence,
                "Paging test", List.of()))).errors().verify();
        return vin;
    }

    private void awaitSearchable(String text, String vin) {
        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(graphql().document("query S($q: String) { searchVehicles(query: $q, first: 100) "
                        + "{ hits { vehicle { vin } } } }").variable("q", text).execute()
                        .path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get()).contains(vin));
    }

    private GraphQlTester.Response page(String text, String sort, String after) {
        return graphql().document(PAGE).variable("q", text).variable("sort", sort).variable("after", after).execute();
    }
}
