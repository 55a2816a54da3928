package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import graphql.introspection.IntrospectionQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents too deep or too costly are refused before anything runs, with a stable code. */
class QueryLimitsIntegrationTest extends IntegrationTestSupport {

    /** Eleven levels: __schema, queryType, then fields/type four times, then name. */
    private static final String ELEVEN_LEVELS = """
            { __schema { queryType { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }
            """;
    private static final String FULL_PAGE = """
            searchVehicles(first: 100) {
              total
              hits { vehicle { vin make model variant year mileage fuelType transmission bodyType colour pricePence
                               description features status listedAt } score highlights }
              facets { make { value count } fuelType { value count } bodyType { value count } transmission { value count } }
              pageInfo { hasNextPage endCursor }
            }
            """;

    @Test
    void cannotNestAQueryElevenLevelsDeep() {
        graphql().document(ELEVEN_LEVELS).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "QUERY_TOO_DEEP");
            assertThat(errors.get(0).getMessage()).contains("11").contains("10");
        });
    }

    @Test
    void cannotAskForTwoFullPagesOfSearchResultsAtOnce() {
        String document = "{ a: " + FULL_PAGE + " b: " + FULL_PAGE + " }";

        graphql().document(document).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "QUERY_TOO_COMPLEX");
        });
    }

    @Test
    void canAskForOneFullPageOfSearchResults() {
        graphql().document("{ " + FULL_PAGE + " }").execute().errors().verify()
                .path("searchVehicles.total").hasValue();
    }

    @Test
    void canIntrospectTheSchemaAsGraphiqlDoes() {
        graphql().document(IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }
}
