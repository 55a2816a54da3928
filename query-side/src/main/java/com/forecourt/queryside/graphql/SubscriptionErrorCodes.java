package com.forecourt.queryside.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.SubscriptionExceptionResolverAdapter;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * A subscription stream that ends with a refusal (e.g. FORBIDDEN when a buyer's stream reaches another customer's
 * order) ends with the refusal's code in {@code extensions.code}, as a field would; the graphql-transport-ws
 * {@code error} message carries it. Other stream failures are left to Spring for GraphQL's default.
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
        return null;
    }
}
