package com.forecourt.queryside.graphql.limits;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.reactivestreams.Publisher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * What one client may hold open on the WebSocket: at most {@code forecourt.graphql.websocket.max-connections-per-client}
 * sockets (another is closed at once with status 4429 and reason TOO_MANY_CONNECTIONS) and at most
 * {@code max-subscriptions-per-client} running subscriptions over all of them (another is answered with the error
 * TOO_MANY_SUBSCRIPTIONS and never starts). A subscription's slot is given back when its stream ends, however it ends.
 * Also marks WebSocket requests in the GraphQL context, so that {@link DocumentLimits} lets subscriptions through
 * there only.
 */
@Configuration(proxyBeanMethods = false)
class WebSocketLimits {

    /**
     * Spring for GraphQL's WebSocket handler, built as Spring Boot builds it (JSON converter, connection-init timeout,
     * keep-alive, no cross-origin use), counting connections per client.
     */
    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphql, GraphQlProperties properties,
                                                    ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers,
                                                    GraphqlLimitsProperties limits) {
        return new CountedConnections(graphql, jsonConverter(customizers),
                properties.getWebsocket().getConnectionInitTimeout(), properties.getWebsocket().getKeepAlive(),
                limits.getWebsocket().getMaxConnectionsPerClient());
    }

    @Bean
    WebGraphQlInterceptor countedSubscriptions(GraphqlLimitsProperties limits) {
        return new CountedSubscriptions(limits.getWebsocket().getMaxSubscriptionsPerClient());
    }

    @SuppressWarnings("unchecked")
    private static HttpMessageConverter<Object> jsonConverter(
            ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
        HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer().registerDefaults();
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        for (HttpMessageConverter<?> converter : builder.build()) {
            if (converter.canRead(Map.class, MediaType.APPLICATION_JSON)) {
                return (HttpMessageConverter<Object>) converter;
            }
        }
        throw new IllegalStateException("No JSON converter for GraphQL over WebSocket");
    }

    /** Close status for a refused connection; 4429 is graphql-transport-ws's own "too many" status. */
    static final int TOO_MANY = 4429;

    /** Spring for GraphQL's handler, refusing a client's connection beyond its maximum. */
    static final class CountedConnections extends GraphQlWebSocketHandler {

        private static final String SLOT = CountedConnections.class.getName() + ".client";

        private final ClientSlots connections = new ClientSlots();
        private final int maximum;

        CountedConnections(WebGraphQlHandler graphql, HttpMessageConverter<Object> converter,
                           java.time.Duration initTimeout, java.time.Duration keepAlive, int maximum) {
            super(graphql, converter, initTimeout, keepAlive);
            this.maximum = maximum;
        }

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            String client = ClientAddress.key(session.getRemoteAddress());
            if (!connections.tryTake(client, maximum)) {
                try {
                    session.close(new CloseStatus(TOO_MANY, GraphqlErrorCodes.TOO_MANY_CONNECTIONS));
                } catch (java.io.IOException alreadyGone) {
                    // nothing to release: no slot was taken
                }
                return;
            }
            session.getAttributes().put(SLOT, client);
            super.afterConnectionEstablished(session);
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus closeStatus) {
            if (session.getAttributes().remove(SLOT) instanceof String client) {
                connections.giveBack(client);
            }
            super.afterConnectionClosed(session, closeStatus);
        }
    }

    /** Counts running subscriptions per client; refuses one beyond the maximum before its stream is subscribed. */
    static final class CountedSubscriptions implements WebGraphQlInterceptor {

        private final ClientSlots subscriptions = new ClientSlots();
        private final int maximum;

        CountedSubscriptions(int maximum) {
            this.maximum = maximum;
        }

        @Override
        public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
            if (!(request instanceof WebSocketGraphQlRequest socket)) {
                return chain.next(request);
            }
            request.configureExecutionInput((input, builder) -> {
                input.getGraphQLContext().put(DocumentLimits.WEBSOCKET, true);
                return input;
            });
            String client = ClientAddress.key(socket.getSessionInfo().getRemoteAddress());
            return chain.next(request).map(response -> {
                if (!(response.getExecutionResult().getData() instanceof Publisher<?> stream)) {
                    return response;
                }
                // the stream is cold (our resolvers defer their subscription query), so nothing has started yet
                if (!subscriptions.tryTake(client, maximum)) {
                    return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(response.getExecutionInput(),
                            ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                                    .message("This client already has " + maximum + " subscriptions running; "
                                            + "complete one first")
                                    .extensions(Map.of(GraphqlErrorCodes.EXTENSION,
                                            GraphqlErrorCodes.TOO_MANY_SUBSCRIPTIONS))
                                    .build()).build()));
                }
                Flux<?> counted = Flux.from(stream).doFinally(signal -> subscriptions.giveBack(client));
                return response.transform(builder -> builder.data(counted));
            });
        }
    }
}
