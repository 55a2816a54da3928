package com.forecourt.queryside.graphql.consistency;

import com.forecourt.queryside.graphql.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque text of a consistency token: URL-safe Base64 of {@code events.v1:<global position>}. Clients only pass
 * it back; the version lets the shape change without old tokens being misread.
 */
final class ConsistencyTokens {

    private static final String PREFIX = "events.v1:";

    private ConsistencyTokens() {
    }

    /** The token for a global position (-1 for an empty event store). */
    static String token(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The global position a token names.
     *
     * @throws InvalidInputException (BAD_USER_INPUT) when the value is not a token this server issued
     */
    static long position(Object token) {
        if (!(token instanceof String text) || text.isEmpty() || text.length() > 64) {
            throw invalid();
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw invalid();
        }
        if (!decoded.startsWith(PREFIX) || !decoded.substring(PREFIX.length()).matches("-1|0|[1-9][0-9]{0,17}")) {
            throw invalid();
        }
        return Long.parseLong(decoded.substring(PREFIX.length()));
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("extensions.consistentWith must be a consistencyToken from a mutation's "
                + "answer, passed back unchanged");
    }
}
