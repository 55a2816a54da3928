package com.forecourt.queryside.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * A subscription stream that ends with a refusal (e.g. FORBIDDEN when a buyer's stream reaches another customer's
 * order) ends with the refusal's code in {@code extensions.code}, as a field would; the graphql-transport-ws
 * {@code error} message carries it. A stream that nothing could serve (no query handler, no connection to Axon
 * Server: {@link ServiceAvailability}) ends SERVICE_UNAVAILABLE with {@code retryable: true}; any other failure is
 * INTERNAL with an error id and nothing of the cause ({@link InternalErrors}).
 */
@Component
class SubscriptionErrorCodes extends SubscriptionExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RefusedRequestException refused) {
                return GraphqlErrorBuilder.newError().errorType(refused.errorType()).message(refused.getMessage())
                        .extensions(Map.of(ErrorCodes.CODE, refused.code())).build();
            }
        }
        if (ServiceAvailability.isUnavailable(failure)) {
            return GraphqlErrorBuilder.newError().errorType(ErrorType.INTERNAL_ERROR)
                    .message("The service is unavailable for the moment; subscribe again shortly")
                    .extensions(Map.of(ErrorCodes.CODE, GraphqlErrorCodes.SERVICE_UNAVAILABLE, ErrorCodes.RETRYABLE, true))
                    .build();
        }
        return InternalErrors.report(failure, "subscription", GraphqlErrorBuilder.newError());
    }
}
