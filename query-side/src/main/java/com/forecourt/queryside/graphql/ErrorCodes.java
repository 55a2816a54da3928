package com.forecourt.queryside.graphql;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.axonframework.commandhandling.CommandExecutionException;
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
 * message. Unexpected failures are logged here and reported as INTERNAL without any detail of the cause.
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
        log.error("Unexpected failure in {}", environment.getExecutionStepInfo().getPath(), cause);
        return GraphqlErrorBuilder.newError(environment)
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error; it has been logged")
                .extensions(Map.of(CODE, ErrorCode.INTERNAL.name()))
                .build();
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

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
