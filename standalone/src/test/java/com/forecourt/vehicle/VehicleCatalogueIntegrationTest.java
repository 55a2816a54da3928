package com.forecourt.vehicle;

import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.forecourt.testing.TestVehicles.aGolf;
import static com.forecourt.testing.TestVehicles.listing;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static com.forecourt.testing.TestVehicles.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class VehicleCatalogueIntegrationTest extends IntegrationTestSupport {

    private static final String LIST = """
            mutation List($input: ListVehicleInput!) { listVehicle(input: $input) }
            """;
    private static final String FIND = """
            query Find($vin: ID!) {
              vehicle(vin: $vin) { vin make model variant year mileage fuelType transmission bodyType colour
                                   pricePence description features status listedAt }
            }
            """;
    private static final String SEARCH = """
            query Search($query: String, $first: Int) {
              searchVehicles(query: $query, first: $first) {
                total
                hits { vehicle { vin make model status } score highlights }
                facets { make { value count } fuelType { value count } }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    @Test
    void canListAVehicleAndReadItBackByVin() {
        String vin = uniqueVin();

        list(aGolf(vin)).path("listVehicle").entity(String.class).isEqualTo(vin);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> graphql().document(FIND).variable("vin", vin)
                .execute()
                .path("vehicle").hasValue()
                .path("vehicle.make").entity(String.class).isEqualTo("Volkswagen")
                .path("vehicle.status").entity(String.class).isEqualTo("AVAILABLE")
                .path("vehicle.pricePence").entity(Integer.class).isEqualTo(1_649_500)
                .path("vehicle.features").entityList(String.class).containsExactly("Apple CarPlay", "Heated seats"));
    }

    @Test
    void canFindAVehicleByALowerCaseVin() {
        String vin = uniqueVin();
        list(aGolf(vin));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> graphql().document(FIND)
                .variable("vin", vin.toLowerCase())
                .execute()
                .path("vehicle").hasValue()
                .path("vehicle.vin").entity(String.class).isEqualTo(vin));
    }

    @Test
    void canFindAVolkswagenGolfDespiteATypo() {
        String vin = uniqueVin();
        list(listing(vin, "Volkswagen", "Golf", "GTI", 2_599_500, "Hot hatch in " + vin, List.of("Sat nav")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            List<String> vins = graphql().document(SEARCH)
                    .variable("query", "volkswagon golf").variable("first", 100)
                    .execute()
                    .path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get();
            assertThat(vins).contains(vin);
        });
    }

    @Test
    void canSearchByMakeAndCountItInTheFacets() {
        String make = "Skoda" + uniqueVin().substring(0, 6).replaceAll("[0-9]", "x").toLowerCase();
        String first = uniqueVin();
        String second = uniqueVin();
        list(listing(first, make, "Octavia", null, 1_200_000, "Estate", List.of()));
        list(listing(second, make, "Superb", null, 1_900_000, "Saloon", List.of()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            GraphQlTester.Response response = graphql().document(SEARCH)
                    .variable("query", make).variable("first", 10).execute();
            response.path("searchVehicles.total").entity(Integer.class).isEqualTo(2);
            assertThat(response.path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get())
                    .containsExactlyInAnyOrder(first, second);
            response.path("searchVehicles.facets.make[0]").entity(Map.class)
                    .isEqualTo(Map.of("value", make, "count", 2));
        });
    }

    @Test
    void canRetryAListingWithoutStoringASecondEvent() {
        String vin = uniqueVin();
        list(aGolf(vin)).path("listVehicle").entity(String.class).isEqualTo(vin);

        list(aGolf(vin)).path("listVehicle").entity(String.class).isEqualTo(vin);

        assertThat(eventsFor(vin)).isEqualTo(1);
    }

    @Test
    void cannotListAVehicleWithAnInvalidVin() {
        String invalid = "WVWZZZ1KZAW00000O";

        list(aGolf(invalid)).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "INVALID_VIN");
            assertThat(errors.get(0).getMessage()).contains("17 characters");
        });

        assertThat(eventsFor(invalid)).isZero();
    }

    @Test
    void cannotListADifferentCarUnderAListedVin() {
        String vin = uniqueVin();
        list(aGolf(vin));

        list(with(aGolf(vin), "pricePence", 99_900)).errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "VEHICLE_ALREADY_LISTED");
        });

        assertThat(eventsFor(vin)).isEqualTo(1);
    }

    @Test
    void cannotListAVehicleWithAnUnknownFuelType() {
        String vin = uniqueVin();

        list(with(aGolf(vin), "fuelType", "STEAM")).errors().satisfy(errors -> {
            assertThat(errors).isNotEmpty();
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });

        assertThat(eventsFor(vin)).isZero();
    }

    @Test
    void cannotAskForMoreThanAHundredSearchResults() {
        graphql().document(SEARCH).variable("first", 101).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void cannotSearchWithTextLongerThan200Characters() {
        graphql().document(SEARCH).variable("query", "a".repeat(201)).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    private GraphQlTester.Response list(Map<String, Object> input) {
        return staff().document(LIST).variable("input", input).execute();
    }
}
