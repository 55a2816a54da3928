package com.forecourt.queryside.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * {@code Date} ({@code 2027-03-01}) and {@code DateTime} ({@code 2027-03-01T09:30:00Z}) inputs, read strictly: a day
 * that does not exist ({@code 2061-02-30}, {@code 2061-02-29}) is refused instead of being rolled over into another,
 * and the year must lie between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. Output is written as graphql-java's
 * extended scalars write it (ISO-8601). A refused value is a coercion error, which the GraphQL layer reports as
 * BAD_USER_INPUT.
 */
final class StrictDateScalars {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 9999;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictDateScalars() {
    }

    static GraphQLScalarType date() {
        return scalar(ExtendedScalars.Date, text -> LocalDate.parse(text, DATE), LocalDate::getYear,
                "a calendar date written yyyy-MM-dd, such as 2027-03-01");
    }

    static GraphQLScalarType dateTime() {
        return scalar(ExtendedScalars.DateTime,
                text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME), OffsetDateTime::getYear,
                "an ISO-8601 date-time with an offset, such as 2027-03-01T09:30:00Z");
    }

    private static <T> GraphQLScalarType scalar(GraphQLScalarType output, Function<String, T> parse,
                                                ToIntFunction<T> year, String shape) {
        @SuppressWarnings("unchecked")
        Coercing<T, String> written = (Coercing<T, String>) output.getCoercing();
        String message = output.getName() + " must be " + shape + ", in the years " + FIRST_YEAR + " to " + LAST_YEAR;
        return GraphQLScalarType.newScalar(output).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return written.serialize(value, context, locale);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                T value = input instanceof String text ? read(text) : null;
                if (value == null) {
                    throw new CoercingParseValueException(message);
                }
                return value;
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                T value = input instanceof StringValue text ? read(text.getValue()) : null;
                if (value == null) {
                    throw new CoercingParseLiteralException(message);
                }
                return value;
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return written.valueToLiteral(input, context, locale);
            }

            private T read(String text) {
                try {
                    T value = parse.apply(text);
                    int y = year.applyAsInt(value);
                    return y >= FIRST_YEAR && y <= LAST_YEAR ? value : null;
                } catch (DateTimeException invalid) {
                    return null;
                }
            }
        }).build();
    }
}
