package com.forecourt.vehicle.graphql;

import com.forecourt.queryside.graphql.InvalidInputException;
import com.forecourt.queryside.graphql.Paging;
import com.forecourt.vehicle.query.SearchRelaxation;
import com.forecourt.vehicle.query.VehicleSort;
import com.forecourt.vehicle.query.VehicleSortKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VehicleSearchCursorTest {

    private static final String VIN = "WVWZZZ1KZAW000001";

    @Test
    void canContinueAfterTheKeyItWasIssuedFor() {
        VehicleSortKey key = new VehicleSortKey(1_649_500, VIN);

        assertThat(VehicleSearchCursor.decode(VehicleSearchCursor.encode(VehicleSort.PRICE_ASC, key),
                VehicleSort.PRICE_ASC)).isEqualTo(key);
    }

    @Test
    void canContinueARelevanceOrderAfterAFractionalScore() {
        VehicleSortKey key = new VehicleSortKey(6.25, VIN);

        assertThat(VehicleSearchCursor.decode(VehicleSearchCursor.encode(VehicleSort.RELEVANCE, key),
                VehicleSort.RELEVANCE)).isEqualTo(key);
    }

    @Test
    void canContinueTheWideningOfTheFirstPage() {
        String cursor = VehicleSearchCursor.encode(VehicleSort.RELEVANCE, new VehicleSortKey(4, VIN),
                SearchRelaxation.Kind.FEWER_WORDS);

        assertThat(VehicleSearchCursor.continuation(cursor, VehicleSort.RELEVANCE).relaxation())
                .isEqualTo(SearchRelaxation.Kind.FEWER_WORDS);
    }

    @Test
    void canContinueACursorIssuedBeforeWideningsExisted() {
        String cursor = Paging.cursor(VehicleSearchCursor.KIND, "RELEVANCE", "4.0", VIN);

        assertThat(VehicleSearchCursor.continuation(cursor, VehicleSort.RELEVANCE).relaxation()).isNull();
    }

    @Test
    void cannotContinueAWideningTheSearchDoesNotKnow() {
        String cursor = Paging.cursor(VehicleSearchCursor.KIND, "RELEVANCE/EVERYTHING", "4.0", VIN);

        assertThatThrownBy(() -> VehicleSearchCursor.decode(cursor, VehicleSort.RELEVANCE))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cannotContinueAnotherSortOrder() {
        String cursor = VehicleSearchCursor.encode(VehicleSort.PRICE_ASC, new VehicleSortKey(1, VIN));

        assertThatThrownBy(() -> VehicleSearchCursor.decode(cursor, VehicleSort.NEWEST))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("another sort order");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "NaN", "Infinity", "1e400", "x", ""})
    void cannotContinueFromAValueOutsideTheList(String value) {
        String cursor = Paging.cursor(VehicleSearchCursor.KIND, "PRICE_ASC", value, VIN);

        assertThatThrownBy(() -> VehicleSearchCursor.decode(cursor, VehicleSort.PRICE_ASC))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void cannotContinueAfterAMalformedVin() {
        String cursor = Paging.cursor(VehicleSearchCursor.KIND, "PRICE_ASC", "1", "'; drop table x");

        assertThatThrownBy(() -> VehicleSearchCursor.decode(cursor, VehicleSort.PRICE_ASC))
                .isInstanceOf(InvalidInputException.class);
    }
}
