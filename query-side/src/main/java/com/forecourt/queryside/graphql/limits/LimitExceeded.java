package com.forecourt.queryside.graphql.limits;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import graphql.execution.AbortExecutionException;

import java.util.Map;

/** Aborts the whole request before any field resolves; its code survives into {@code extensions.code}. */
final class LimitExceeded extends AbortExecutionException {

    private final String code;

    /**
     * @param code    one of {@link GraphqlErrorCodes}
     * @param message for the client: what was over which limit, never any of the request's values
     */
    LimitExceeded(String code, String message) {
        super(message);
        this.code = code;
    }

    String code() {
        return code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        return Map.of(GraphqlErrorCodes.EXTENSION, code);
    }
}
