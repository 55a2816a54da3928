package com.forecourt.queryside.graphql;

import com.forecourt.common.input.Identifiers;
import graphql.scalars.ExtendedScalars;
import graphql.schema.GraphQLScalarType;

import java.util.UUID;

/**
 * {@code UUID}: the ids of customers and orders, chosen by clients. Read only in the standard 8-4-4-4-12 form
 * ({@link Identifiers}), so a shortened {@code 1-1-1-1-1} is refused instead of becoming another id; written in lower
 * case as graphql-java's extended scalar writes it. Controllers receive {@link UUID}s and parse nothing.
 */
final class UuidScalar {

    private UuidScalar() {
    }

    static GraphQLScalarType uuid() {
        return StrictScalar.of(ExtendedScalars.UUID, text -> Identifiers.isUuid(text) ? UUID.fromString(text) : null,
                "UUID must be 32 hexadecimal digits written 8-4-4-4-12, such as 3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    }
}
