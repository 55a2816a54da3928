package com.forecourt.queryside.graphql;

import com.forecourt.common.ErrorCode;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A POST to the GraphQL endpoint whose body is not JSON (a form, plain text, a file upload) answers 415 with a
 * GraphQL-shaped error body and code BAD_USER_INPUT, naming the content type to use; without this route Spring
 * answers 415 with an empty body. JSON bodies go on to Spring for GraphQL's own route.
 */
@Configuration(proxyBeanMethods = false)
class GraphqlContentTypes {

    private static final MediaType GRAPHQL_JSON = MediaType.parseMediaType("application/graphql+json");

    @Bean
    @Order(-1) // before Spring Boot's GraphQL routes (order 0), which would answer 415 without a body
    RouterFunction<ServerResponse> unsupportedGraphqlContentType(
            GraphQlProperties graphql) {
        String path = graphql.getHttp().getPath();
        return RouterFunctions.route().POST(path, request -> !isJson(request),
                request -> ServerResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("errors", List.of(Map.of(
                                "message", "Send the request with Content-Type: application/json",
                                "extensions", Map.of(ErrorCodes.CODE, ErrorCode.BAD_USER_INPUT.name())))))).build();
    }

    private static boolean isJson(ServerRequest request) {
        Optional<MediaType> type = request.headers().contentType();
        return type.isPresent() && (type.get().isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.get().isCompatibleWith(GRAPHQL_JSON));
    }
}
