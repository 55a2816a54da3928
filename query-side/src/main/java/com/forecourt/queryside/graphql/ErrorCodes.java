package com.forecourt.queryside.graphql;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.readmodel.consistency.StaleRead;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Turns every failure of a data fetcher into a GraphQL error with a stable {@code extensions.code} and a human
 * message. A request nothing could take (no handler, no connection) is SERVICE_UNAVAILABLE and retryable; unexpected
 * failures are reported as INTERNAL with an error id and nothing of the cause ({@link InternalErrors}).
 */
@Component
class ErrorCodes extends DataFetcherExceptionResolverAdapter {

    static final String CODE = "code";
    private static final Logger log = LoggerFactory.getLogger(ErrorCodes.class);

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment environment) {
        Throwable cause = unwrap(failure);
        if (cause instanceof CommandRejectedException rejected) {
            return error(environment, rejected.rejection());
        }
        if (cause instanceof CommandExecutionException execution
                && execution.getDetails().orElse(null) instanceof CommandRejection rejection) {
            return error(environment, rejection);
        }
        if (cause instanceof InvalidInputException invalid) {
            return error(environment, new CommandRejection(ErrorCode.BAD_USER_INPUT, invalid.getMessage()));
        }
        if (cause instanceof RefusedRequestException refused) {
            return error(environment, refused.errorType(), refused.code(), refused.getMessage());
        }
        // @PreAuthorize on a controller method: the same codes as the field rules of com.forecourt.queryside.security
        if (cause instanceof AuthenticationException) {
            return error(environment, ErrorType.UNAUTHORIZED, GraphqlErrorCodes.UNAUTHENTICATED,
                    "Sign in to see this field");
        }
        if (cause instanceof AccessDeniedException) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            return user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken
                    ? error(environment, ErrorType.UNAUTHORIZED, GraphqlErrorCodes.UNAUTHENTICATED,
                            "Sign in to see this field")
                    : error(environment, ErrorType.FORBIDDEN, GraphqlErrorCodes.FORBIDDEN,
                            "Your role does not allow this field");
        }
        if (cause instanceof QueryExecutionException query && query.getDetails().orElse(null) instanceof StaleRead) {
            return GraphqlErrorBuilder.newError(environment)
                    .errorType(ErrorType.INTERNAL_ERROR)
                    .message("This answer would not yet show your latest change; try again shortly")
                    .extensions(Map.of(CODE, GraphqlErrorCodes.STALE_READ, RETRYABLE, true))
                    .build();
        }
        if (isUnavailable(cause)) {
            return unavailable(environment, cause);
        }
        return InternalErrors.report(cause, environment.getExecutionStepInfo().getPath(),
                GraphqlErrorBuilder.newError(environment));
    }

    private static GraphQLError error(DataFetchingEnvironment environment, CommandRejection rejection) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(rejection.code() == ErrorCode.INTERNAL ? ErrorType.INTERNAL_ERROR : ErrorType.BAD_REQUEST)
                .message(rejection.message())
                .extensions(Map.of(CODE, rejection.code().name()))
                .build();
    }

    private static GraphQLError error(DataFetchingEnvironment environment, ErrorType type, String code,
                                      String message) {
        return GraphqlErrorBuilder.newError(environment)
                .errorType(type)
                .message(message)
                .extensions(Map.of(CODE, code))
                .build();
    }

    /** Set, to {@code true}, on errors that a client may retry unchanged after a pause. */
    static final String RETRYABLE = "retryable";
    /**
     * Whether nothing could take the request ({@link ServiceAvailability}): it ran no business logic, so it may
     * simply be sent again.
     */
    private static boolean isUnavailable(Throwable failure) {
        return ServiceAvailability.isUnavailable(failure);
    }

    /** SERVICE_UNAVAILABLE with {@code retryable: true}; logged without the cause's message, which may name input. */
    private static GraphQLError unavailable(DataFetchingEnvironment environment, Throwable cause) {
        log.warn("No handler or no connection for {}: {}", environment.getExecutionStepInfo().getPath(),
                cause.getClass().getName());
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("The service is unavailable for the moment; try again shortly")
                .extensions(Map.of(CODE, GraphqlErrorCodes.SERVICE_UNAVAILABLE, RETRYABLE, true))
                .build();
    }

    /**
     * The failure to classify: a client error anywhere in the cause chain (argument binding and the gateways wrap
     * them), else the failure without its {@link CompletionException} wrappers.
     */
    private static Throwable unwrap(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CommandRejectedException || cause instanceof InvalidInputException
                    || cause instanceof RefusedRequestException) {
                return cause;
            }
        }
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
