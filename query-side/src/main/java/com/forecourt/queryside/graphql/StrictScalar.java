package com.forecourt.queryside.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.GraphQLScalarType;

import java.util.Locale;
import java.util.function.Function;

/**
 * A scalar that writes values as a graphql-java scalar does but reads its text input with a stricter reader of ours;
 * input the reader refuses, or input that is not a string, is a coercion error with one message naming the shape,
 * which the GraphQL layer reports as BAD_USER_INPUT.
 */
final class StrictScalar {

    private StrictScalar() {
    }

    /**
     * @param output  the scalar whose name, description and output coercion are kept
     * @param read    the value a text names, or null when it is refused
     * @param message what a refused input is told
     */
    static <T> GraphQLScalarType of(GraphQLScalarType output, Function<String, T> read, String message) {
        @SuppressWarnings("unchecked")
        Coercing<T, String> written = (Coercing<T, String>) output.getCoercing();
        return GraphQLScalarType.newScalar(output).coercing(new Coercing<T, String>() {
            @Override
            public String serialize(Object value, GraphQLContext context, Locale locale) {
                return written.serialize(value, context, locale);
            }

            @Override
            public T parseValue(Object input, GraphQLContext context, Locale locale) {
                T value = input instanceof String text ? read.apply(text) : null;
                if (value == null) {
                    throw new CoercingParseValueException(message);
                }
                return value;
            }

            @Override
            public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
                T value = input instanceof StringValue text ? read.apply(text.getValue()) : null;
                if (value == null) {
                    throw new CoercingParseLiteralException(message);
                }
                return value;
            }

            @Override
            public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
                return written.valueToLiteral(input, context, locale);
            }
        }).build();
    }
}
