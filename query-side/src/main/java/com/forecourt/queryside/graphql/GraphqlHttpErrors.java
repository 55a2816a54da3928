package com.forecourt.queryside.graphql;

import com.forecourt.common.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Answers a request to the GraphQL endpoint that fails before GraphQL runs (a body that is not JSON or not a GraphQL
 * request, a content type or method the endpoint does not take) in the shape of a GraphQL response, with a stable
 * {@code extensions.code}, instead of Spring Boot's generic error page: {@code {"errors":[{"message": …,
 * "extensions": {"code": "BAD_USER_INPUT"}}]}}. The HTTP status stays what Spring chose (400, 405, 415, …). Other
 * paths keep Spring Boot's error attributes.
 */
@Component
class GraphqlHttpErrors extends DefaultErrorAttributes {

    private static final Logger log = LoggerFactory.getLogger(GraphqlHttpErrors.class);

    private final String graphqlPath;

    GraphqlHttpErrors(GraphQlProperties graphql) {
        this.graphqlPath = graphql.getHttp().getPath();
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        if (!graphqlPath.equals(uri)) {
            return super.getErrorAttributes(request, options);
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        int code = status instanceof Integer number ? number : 500;
        Map<String, Object> error = new LinkedHashMap<>();
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (code >= 500) {
            String id = UUID.randomUUID().toString();
            log.error("Internal error {} at {} (HTTP {})", id, uri, code, getError(request));
            error.put("message", "Internal error " + id + "; it has been logged");
            extensions.put(ErrorCodes.CODE, ErrorCode.INTERNAL.name());
            extensions.put(InternalErrors.ERROR_ID, id);
        } else {
            error.put("message", message(code));
            extensions.put(ErrorCodes.CODE, code(code));
        }
        error.put("extensions", extensions);
        return Map.of("errors", List.of(error));
    }

    private static String code(int status) {
        return switch (status) {
            case 401 -> GraphqlErrorCodes.UNAUTHENTICATED;
            case 403 -> GraphqlErrorCodes.FORBIDDEN;
            case 413 -> "REQUEST_TOO_LARGE";
            case 429 -> "TOO_MANY_REQUESTS";
            default -> ErrorCode.BAD_USER_INPUT.name();
        };
    }

    private static String message(int status) {
        return switch (status) {
            case 400 -> "The body is not a GraphQL request: send a JSON object with a string query and optionally "
                    + "a string operationName, an object of variables and an object of extensions";
            case 401 -> "The credentials sent are not valid";
            case 403 -> "This request is not allowed";
            case 405 -> "Send GraphQL requests with POST, or queries with GET";
            case 406 -> "This endpoint answers application/json or application/graphql-response+json";
            case 413 -> "The request is too large";
            case 415 -> "Send the request with Content-Type: application/json";
            case 429 -> "Too many requests; try again later";
            default -> "The request cannot be handled (HTTP " + status + ")";
        };
    }
}
