package com.forecourt.queryside.security;

import com.forecourt.photo.web.PhotoPaths;
import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.graphql.MediaTypes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Answers wrong or missing credentials with 401 and a challenge, and a sign-in refused by the
 * {@link SignInThrottle} with 429 and {@code Retry-After} (seconds). On the GraphQL endpoint the body is a GraphQL
 * response too, {@code {"errors":[{"message":…,"extensions":{"code":"UNAUTHENTICATED"}}]}} (or
 * {@code TOO_MANY_REQUESTS}), in {@code application/graphql-response+json} when the client accepts it and
 * {@code application/json} otherwise, so GraphQL clients can read the code without special-casing the status. The
 * photo endpoints answer the same body in {@code application/json}.
 */
class GraphqlAwareEntryPoint implements AuthenticationEntryPoint {

    static final String REALM = "Forecourt";
    private static final String UNAUTHENTICATED = "The credentials sent are not valid; send none to use the public "
            + "catalogue";
    private static final int TOO_MANY_REQUESTS = 429;
    private static final String SIGN_IN = "Sign in with a role that may make this request";

    private final String graphqlPath;

    GraphqlAwareEntryPoint(String graphqlPath) {
        this.graphqlPath = graphqlPath;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String code;
        String message;
        if (failure instanceof SignInThrottledException throttled) {
            response.setStatus(TOO_MANY_REQUESTS);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            code = GraphqlErrorCodes.TOO_MANY_REQUESTS;
            message = throttled.getMessage();
        } else {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                    bearer ? "Bearer error=\"invalid_token\"" : "Basic realm=\"" + REALM + "\"");
            code = GraphqlErrorCodes.UNAUTHENTICATED;
            message = UNAUTHENTICATED;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PhotoPaths.isPhotoPath(path)) {
            // the photo endpoints answer JSON errors of the same shape, in plain application/json
            boolean anonymous = request.getHeader(HttpHeaders.AUTHORIZATION) == null;
            JsonAccessDenied.write(response, MediaType.APPLICATION_JSON,
                    anonymous && code.equals(GraphqlErrorCodes.UNAUTHENTICATED) ? SIGN_IN : message, code);
            return;
        }
        if (!graphqlPath.equals(path)) {
            return;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean graphqlResponse;
        try {
            graphqlResponse = accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.equalsTypeAndSubtype(MediaTypes.APPLICATION_GRAPHQL_RESPONSE));
        } catch (InvalidMediaTypeException e) {
            graphqlResponse = false;
        }
        response.setContentType((graphqlResponse ? MediaTypes.APPLICATION_GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON)
                .toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // both texts are constants of ours: nothing the client sent (such as a user name) is echoed
        response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"code\":\"" + code
                + "\"}}]}");
    }
}
