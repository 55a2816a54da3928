package com.forecourt.queryside.graphql;

import graphql.language.Document;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.ObjectUtils;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GET on the GraphQL endpoint, as the GraphQL-over-HTTP specification describes it: {@code query},
 * {@code operationName}, and JSON-encoded {@code variables} and {@code extensions} as URL parameters. Only query
 * operations run over GET; a mutation is refused with 405 and {@code Allow: POST}, so a link or an image tag can
 * never change anything. Spring for GraphQL 2.0 answers every GET with 405 itself; this route comes first.
 * Responses are {@code application/graphql-response+json} when the client accepts it (then a request that fails
 * before execution gets 400, as with POST), {@code application/json} otherwise.
 */
@Configuration(proxyBeanMethods = false)
class GraphqlGetRequests {

    private static final JsonMapper JSON = new JsonMapper();

    @Bean
    @Order(-1) // before Spring Boot's GraphQL routes (order 0), which refuse GET
    RouterFunction<ServerResponse> graphqlGetRoute(GraphQlProperties properties,
                                                   WebGraphQlHandler graphql) {
        String path = properties.getHttp().getPath();
        return RouterFunctions.route().GET(path, request -> request.param("query").isPresent(),
                request -> handle(request, graphql)).build();
    }

    private static ServerResponse handle(ServerRequest request, WebGraphQlHandler graphql) {
        MediaType mediaType = responseMediaType(request);
        String query = request.param("query").orElseThrow();
        String operationName = request.param("operationName").filter(name -> !name.isBlank()).orElse(null);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("operationName", operationName);
        try {
            body.put("variables", jsonObject(request, "variables"));
            body.put("extensions", jsonObject(request, "extensions"));
        } catch (IllegalArgumentException e) {
            return refuse(HttpStatus.BAD_REQUEST, mediaType, e.getMessage());
        }
        if (!isQuery(query, operationName)) {
            return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.POST).contentType(mediaType)
                    .body(error("Only queries may be sent with GET; send mutations and subscriptions with POST"));
        }
        WebGraphQlRequest graphqlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
                cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
                ObjectUtils.identityToString(request.servletRequest()), request.servletRequest().getLocale());
        return ServerResponse.async(graphql.handleRequest(graphqlRequest)
                .map(response -> respond(response, mediaType)).toFuture());
    }

    private static ServerResponse respond(WebGraphQlResponse response, MediaType mediaType) {
        HttpStatus status = mediaType.equals(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)
                && !response.getExecutionResult().isDataPresent() ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return ServerResponse.status(status).headers(headers -> headers.putAll(response.getResponseHeaders()))
                .contentType(mediaType).body(response.toMap());
    }

    /** A query document whose selected operation is a query (documents that do not parse are left to the engine). */
    private static boolean isQuery(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (RuntimeException invalidSyntax) {
            return true; // execution reports the syntax error with BAD_USER_INPUT
        }
        try {
            OperationDefinition operation = NodeUtil.getOperation(document, operationName).operationDefinition;
            return operation.getOperation() == OperationDefinition.Operation.QUERY;
        } catch (RuntimeException unknownOperation) {
            return document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .allMatch(operation -> operation.getOperation() == OperationDefinition.Operation.QUERY);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> jsonObject(ServerRequest request, String name) {
        Optional<String> value = request.param(name).filter(text -> !text.isBlank());
        if (value.isEmpty()) {
            return null;
        }
        try {
            Object parsed = JSON.readValue(value.get(), Object.class);
            if (parsed instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
        } catch (JacksonException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a JSON object");
    }

    private static MediaType responseMediaType(ServerRequest request) {
        for (MediaType accepted : request.headers().accept()) {
            if (accepted.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE)) {
                return MediaTypes.APPLICATION_GRAPHQL_RESPONSE;
            }
            if (accepted.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
                return MediaType.APPLICATION_JSON;
            }
        }
        return MediaType.APPLICATION_JSON;
    }

    private static ServerResponse refuse(HttpStatus status, MediaType mediaType, String message) {
        return ServerResponse.status(status).contentType(mediaType).body(error(message));
    }

    private static Map<String, Object> error(String message) {
        return Map.of("errors", List.of(Map.of("message", message,
                "extensions", Map.of(ErrorCodes.CODE, com.forecourt.common.ErrorCode.BAD_USER_INPUT.name()))));
    }

    private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
        MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
        request.cookies().forEach((name, values) -> values.forEach(
                cookie -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
        return cookies;
    }

}
