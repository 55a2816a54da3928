package com.forecourt.vehicle.graphql;

import com.forecourt.vehicle.query.SearchParts;
import com.forecourt.vehicle.query.VehicleFacet;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SearchPartsSelectionTest {

    private static SearchParts parts(String document) {
        Document parsed = Parser.parse(document);
        Map<String, FragmentDefinition> fragments = parsed.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity()));
        OperationDefinition operation = parsed.getDefinitionsOfType(OperationDefinition.class).get(0);
        List<Field> searches = operation.getSelectionSet().getSelectionsOfType(Field.class).stream()
                .filter(field -> field.getName().equals("searchVehicles")).toList();
        return SearchPartsSelection.of(searches, fragments);
    }

    @Test
    void canReadTheFacetsAskedFor() {
        SearchParts parts = parts("{ searchVehicles { total facets { make { value } price { label } } } }");

        assertThat(parts.facets()).containsExactlyInAnyOrder(VehicleFacet.MAKE, VehicleFacet.PRICE);
        assertThat(parts.highlights()).isFalse();
        assertThat(parts.didYouMean()).isFalse();
    }

    @Test
    void canReadPartsAskedForThroughFragmentsAndAliases() {
        SearchParts parts = parts("""
                { found: searchVehicles { ...Page } }
                fragment Page on VehicleSearchResult { hits { ... on VehicleHit { highlights } } ...Extras }
                fragment Extras on VehicleSearchResult { didYouMean facets { counts: colour { count } } }""");

        assertThat(parts.facets()).containsExactly(VehicleFacet.COLOUR);
        assertThat(parts.highlights()).isTrue();
        assertThat(parts.didYouMean()).isTrue();
    }

    @Test
    void canMergeTheSameFieldAskedForTwice() {
        SearchParts parts = parts("{ searchVehicles { facets { year { value } } } searchVehicles { hits { highlights } } }");

        assertThat(parts.facets()).containsExactly(VehicleFacet.YEAR);
        assertThat(parts.highlights()).isTrue();
    }

    @Test
    void cannotTakeAFieldOfTheSameNameDeeperDownForAPart() {
        SearchParts parts = parts("{ searchVehicles { hits { vehicle { make } } facets { fuelType { value } } } }");

        assertThat(parts.facets()).containsExactly(VehicleFacet.FUEL_TYPE);
    }
}
