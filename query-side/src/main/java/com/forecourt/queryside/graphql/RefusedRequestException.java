package com.forecourt.queryside.graphql;

import org.springframework.graphql.execution.ErrorType;

/**
 * A field the GraphQL layer refuses to resolve, with the stable code the client sees in {@code extensions.code}
 * (one of {@link GraphqlErrorCodes}). {@link ErrorCodes} turns it into the GraphQL error.
 */
public class RefusedRequestException extends RuntimeException {

    private final String code;
    private final ErrorType errorType;

    public RefusedRequestException(String code, ErrorType errorType, String message) {
        super(message, null, false, false);
        this.code = code;
        this.errorType = errorType;
    }

    /** The value of {@code extensions.code}. */
    public String code() {
        return code;
    }

    /** Spring for GraphQL's classification of the error. */
    public ErrorType errorType() {
        return errorType;
    }
}
