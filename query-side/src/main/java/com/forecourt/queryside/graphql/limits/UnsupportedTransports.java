package com.forecourt.queryside.graphql.limits;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.webmvc.GraphQlRequestPredicates;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import java.util.List;
import java.util.Map;

/**
 * Server-sent events are not a transport of this API (the documented ones are POST and GET with JSON, and the
 * WebSocket for subscriptions), although Spring for GraphQL would serve them on the same path to a client that
 * accepts only {@code text/event-stream}. Such a request gets 406 with the code UNSUPPORTED_TRANSPORT instead of an
 * undocumented stream that no limit here was designed for. Subscriptions over HTTP are refused by
 * {@link DocumentLimits}.
 */
@Configuration(proxyBeanMethods = false)
class UnsupportedTransports {

    @Bean
    @Order(-1) // before Spring Boot's GraphQL routes (order 0)
    RouterFunction<ServerResponse> graphqlServerSentEventsRefusal(
            GraphQlProperties graphql) {
        String path = graphql.getHttp().getPath();
        return RouterFunctions.route(
                GraphQlRequestPredicates.graphQlSse(path).and(GraphQlRequestPredicates.graphQlHttp(path).negate()),
                request -> ServerResponse.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("errors", List.of(Map.of(
                                "message", "Server-sent events are not offered: send queries and mutations with "
                                        + "Accept: application/json, and subscriptions over the WebSocket "
                                        + "(graphql-transport-ws) on this path",
                                "extensions", Map.of(GraphqlErrorCodes.EXTENSION,
                                        GraphqlErrorCodes.UNSUPPORTED_TRANSPORT))))));
    }
}
