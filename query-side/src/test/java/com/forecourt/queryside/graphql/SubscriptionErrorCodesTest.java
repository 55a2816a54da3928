package com.forecourt.queryside.graphql;

import graphql.GraphQLError;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionErrorCodesTest {

    private final SubscriptionErrorCodes resolver = new SubscriptionErrorCodes();

    @Test
    void canTellASubscriberToSubscribeAgainWhenNoHandlerServesTheStream() {
        GraphQLError error = resolver.resolveToSingleError(new NoHandlerForQueryException("No handler for WatchOrder"));

        assertThat(error.getExtensions()).containsEntry(ErrorCodes.CODE, GraphqlErrorCodes.SERVICE_UNAVAILABLE)
                .containsEntry(ErrorCodes.RETRYABLE, true);
    }

    @Test
    void cannotLeakTheCauseOfAStreamThatFailedInsideTheServer() {
        GraphQLError error = resolver.resolveToSingleError(
                new IllegalStateException("relation \"order_details\" does not exist for jo@example.com"));

        assertThat(error.getExtensions()).containsEntry(ErrorCodes.CODE, "INTERNAL")
                .containsKey(InternalErrors.ERROR_ID);
        assertThat(error.getMessage()).startsWith("Internal error ").doesNotContain("order_details", "example.com");
    }
}
