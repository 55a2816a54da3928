package com.forecourt.queryside.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictDateScalarsTest {

    @SuppressWarnings("unchecked")
    private final Coercing<LocalDate, String> date =
            (Coercing<LocalDate, String>) StrictDateScalars.date().getCoercing();
    @SuppressWarnings("unchecked")
    private final Coercing<OffsetDateTime, String> dateTime =
            (Coercing<OffsetDateTime, String>) StrictDateScalars.dateTime().getCoercing();
    private final GraphQLContext context = GraphQLContext.getDefault();

    @Test
    void canReadADayThatExists() {
        assertThat(date.parseValue("2060-02-29", context, Locale.ROOT)).isEqualTo(LocalDate.of(2060, 2, 29));
        assertThat(date.parseLiteral(new StringValue("1900-01-01"), CoercedVariables.emptyVariables(), context,
                Locale.ROOT)).isEqualTo(LocalDate.of(1900, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2061-02-30", "2061-02-29", "2061-04-31", "2061-13-01", "2061-00-10", "2061-1-5",
            "1899-12-31", "+10000-01-01", "10000-01-01", "01/03/2061", "2061-03-01T00:00:00Z", " 2061-03-01", ""})
    void cannotReadADayThatDoesNotExistOrIsOutOfRange(String text) {
        assertThatThrownBy(() -> date.parseValue(text, context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class)
                .hasMessageContaining("yyyy-MM-dd").hasMessageNotContaining("Exception");
    }

    @Test
    void cannotReadADateFromANumber() {
        assertThatThrownBy(() -> date.parseValue(20610301, context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> date.parseLiteral(new IntValue(BigInteger.TEN), CoercedVariables.emptyVariables(),
                context, Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }

    @Test
    void canWriteADateAsIso() {
        assertThat(date.serialize(LocalDate.of(2027, 3, 1), context, Locale.ROOT)).isEqualTo("2027-03-01");
    }

    @Test
    void canReadAMomentWithAnOffsetAndRefuseOneThatDoesNotExist() {
        assertThat(dateTime.parseValue("2027-03-01T09:30:00Z", context, Locale.ROOT).toInstant().toString())
                .isEqualTo("2027-03-01T09:30:00Z");
        assertThatThrownBy(() -> dateTime.parseValue("2061-02-29T09:30:00Z", context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
        assertThatThrownBy(() -> dateTime.parseValue("2027-03-01T09:30:00", context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class);
    }
}
