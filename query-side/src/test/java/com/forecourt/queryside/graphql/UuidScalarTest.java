package com.forecourt.queryside.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigInteger;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Client-chosen ids arrive as UUIDs in standard form or not at all. */
class UuidScalarTest {

    private static final UUID ID = UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301");

    @SuppressWarnings("unchecked")
    private final Coercing<UUID, String> uuid = (Coercing<UUID, String>) UuidScalar.uuid().getCoercing();
    private final GraphQLContext context = GraphQLContext.getDefault();

    @Test
    void canReadAUuidInStandardFormInEitherCase() {
        assertThat(uuid.parseValue("3F2504E0-4F89-11D3-9A0C-0305E82C3301", context, Locale.ROOT)).isEqualTo(ID);
        assertThat(uuid.parseLiteral(new StringValue(ID.toString()), CoercedVariables.emptyVariables(), context,
                Locale.ROOT)).isEqualTo(ID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1-1-1-1", "3f2504e04f8911d39a0c0305e82c3301", "3f2504e0-4f89-11d3-9a0c-0305e82c330",
            "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "3f2504e0-4f89-11d3-9a0c-0305e82c3301\u0000", " ", ""})
    void cannotReadAShortenedOrDecoratedUuid(String text) {
        assertThatThrownBy(() -> uuid.parseValue(text, context, Locale.ROOT))
                .isInstanceOf(CoercingParseValueException.class).hasMessageContaining("8-4-4-4-12");
    }

    @Test
    void cannotReadAUuidFromANumber() {
        assertThatThrownBy(() -> uuid.parseLiteral(new IntValue(BigInteger.ONE), CoercedVariables.emptyVariables(),
                context, Locale.ROOT)).isInstanceOf(CoercingParseLiteralException.class);
    }

    @Test
    void canWriteAUuidInLowerCase() {
        assertThat(uuid.serialize(ID, context, Locale.ROOT)).isEqualTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }
}
