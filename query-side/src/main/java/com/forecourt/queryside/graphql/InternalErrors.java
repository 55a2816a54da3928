package com.forecourt.queryside.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.ErrorType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one shape of a server fault in a GraphQL response: code INTERNAL, the fixed message "Internal error <id>; it
 * has been logged", and {@code extensions.errorId}. The id is new for every fault and appears in the log line with
 * the stack trace, so support can find it; nothing of the cause (class names, SQL, library text, data) reaches the
 * client.
 */
final class InternalErrors {

    static final String ERROR_ID = "errorId";
    private static final Logger log = LoggerFactory.getLogger(InternalErrors.class);

    private InternalErrors() {
    }

    /** Logs a failure with a new error id and returns the error the client sees. */
    static GraphQLError report(Throwable failure, Object path, GraphqlErrorBuilder<?> error) {
        String id = UUID.randomUUID().toString();
        log.error("Internal error {} at {}", id, path, failure);
        return internal(error, id);
    }

    /** Logs an error graphql-java raised itself (no exception to hand) and returns what the client sees instead. */
    static GraphQLError report(String description, List<Object> path) {
        String id = UUID.randomUUID().toString();
        log.error("Internal error {} at {}: {}", id, path, description);
        return internal(GraphqlErrorBuilder.newError().path(path), id);
    }

    private static GraphQLError internal(GraphqlErrorBuilder<?> error, String id) {
        return error.errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error " + id + "; it has been logged")
                .extensions(Map.of(ErrorCodes.CODE, com.forecourt.common.ErrorCode.INTERNAL.name(), ERROR_ID, id))
                .build();
    }
}
