package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import graphql.introspection.IntrospectionQuery;
import com.forecourt.testing.LoopbackHttp;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests too large, and documents too deep, too costly, too long or too wide, are refused before anything runs,
 * each with a stable code (limits as in application.yml).
 */
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
    void cannotSendABodyLargerThanTheLimit() {
        String padding = " ".repeat(70_000);
        LoopbackHttp.Response response = new LoopbackHttp("127.0.0.1", port)
                .postGraphql("{\"query\":\"{ __typename }" + padding + "\"}");

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.body()).contains("\"code\":\"REQUEST_TOO_LARGE\"");
    }

    @Test
    void cannotSendMoreTokensThanTheLimit() {
        String document = "{" + " __typename".repeat(5_001) + " }";

        graphql().document(document).execute().errors().satisfy(errors -> assertThat(codes(errors))
                .containsExactly("TOO_MANY_TOKENS"));
    }

    @Test
    void cannotSelectMoreTypenamesThanTheFieldLimit() {
        String document = "{" + " __typename".repeat(501) + " }";

        graphql().document(document).execute().errors().satisfy(errors -> assertThat(codes(errors))
                .containsExactly("TOO_MANY_FIELDS"));
    }

    @Test
    void cannotMultiplyFieldsBeyondTheLimitThroughNestedFragments() {
        // ten fragments, each spreading the next twice: 1,024 __typename from a few dozen tokens
        StringBuilder document = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < 10; i++) {
            document.append(" fragment F").append(i).append(" on Query { ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }");
        }
        document.append(" fragment F10 on Query { __typename }");

        graphql().document(document.toString()).execute().errors().satisfy(errors -> assertThat(codes(errors))
                .containsExactly("TOO_MANY_FIELDS"));
    }

    @Test
    void cannotEscapeTheComplexityLimitWithTypenames() {
        String document = "{ searchVehicles(first: 100) { hits {" + " __typename".repeat(60) + " } } }";

        graphql().document(document).execute().errors().satisfy(errors -> assertThat(codes(errors))
                .containsExactly("QUERY_TOO_COMPLEX"));
    }

    @Test
    void cannotAskForMoreRootFieldsThanTheLimit() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 11; i++) {
            document.append(" v").append(i).append(": vehicle(vin: \"WVWZZZ1KZAW00000").append(i % 10)
                    .append("\") { vin }");
        }
        document.append(" }");

        graphql().document(document.toString()).execute().errors().satisfy(errors -> assertThat(codes(errors))
                .containsExactly("TOO_MANY_ROOT_FIELDS"));
    }

    @Test
    void cannotSendALongerListThanTheLimit() {
        List<String> makes = IntStream.range(0, 101).mapToObj(i -> "Make " + i).toList();

        graphql().document("query S($makes: [String!]) { searchVehicles(filter: {make: $makes}) { total } }")
                .variable("makes", makes).execute().errors().satisfy(errors -> assertThat(codes(errors))
                        .containsExactly("LIST_TOO_LONG"));
    }

    @Test
    void canSendAListAsLongAsTheLimit() {
        List<String> makes = IntStream.range(0, 100).mapToObj(i -> "Make " + i).toList();

        graphql().document("query S($makes: [String!]) { searchVehicles(filter: {make: $makes}) { total } }")
                .variable("makes", makes).execute().errors().verify().path("searchVehicles.total").hasValue();
    }

    @Test
    void canIntrospectTheSchemaAsGraphiqlDoes() {
        graphql().document(IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> error.getExtensions().get("code")).toList();
    }
}
