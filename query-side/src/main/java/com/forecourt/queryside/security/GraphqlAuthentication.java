package com.forecourt.queryside.security;

import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlInterceptor;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.graphql.server.WebSocketSessionInfo;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Hands the caller to the field rules ({@link FieldAuthorization}) and resolvers ({@link Caller}) through the GraphQL
 * context, with the client's address (as the servlet container sees it: behind a proxy, set
 * {@code server.forward-headers-strategy}).
 * <ul>
 *   <li>HTTP: the user Spring Security's filters authenticated (Basic or bearer), or none.</li>
 *   <li>WebSocket: the user of the HTTP upgrade request, or the one named by {@code Authorization} in the
 *   {@code connection_init} payload ({@code "Basic <base64>"} or {@code "Bearer <jwt>"}); wrong credentials there
 *   close the socket with 4401.</li>
 * </ul>
 */
class GraphqlAuthentication implements WebSocketGraphQlInterceptor {

    /** Key of the caller's {@link Authentication} in the GraphQL context; absent for anonymous callers. */
    static final String CONTEXT_KEY = GraphqlAuthentication.class.getName() + ".user";
    /** Key of the client's IP address literal in the GraphQL context, for per-client limits; absent when unknown. */
    static final String CLIENT_ADDRESS_KEY = GraphqlAuthentication.class.getName() + ".clientAddress";
    private static final String SESSION_ATTRIBUTE = GraphqlAuthentication.class.getName() + ".connectionUser";

    private final AuthenticationManager credentials;
    private final boolean bearerTokens;

    GraphqlAuthentication(AuthenticationManager credentials, boolean bearerTokens) {
        this.credentials = credentials;
        this.bearerTokens = bearerTokens;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        InetSocketAddress client = request instanceof WebSocketGraphQlRequest socket
                ? socket.getSessionInfo().getRemoteAddress() : request.getRemoteAddress();
        if (client != null && client.getAddress() != null) {
            String address = client.getAddress().getHostAddress();
            request.configureExecutionInput((input, builder) -> {
                input.getGraphQLContext().put(CLIENT_ADDRESS_KEY, address);
                return input;
            });
        }
        return caller(request).map(Optional::of).defaultIfEmpty(Optional.empty()).flatMap(user -> {
            user.ifPresent(authentication -> request.configureExecutionInput((input, builder) -> {
                input.getGraphQLContext().put(CONTEXT_KEY, authentication);
                return input;
            }));
            Mono<WebGraphQlResponse> response = chain.next(request);
            if (user.isPresent() && request instanceof WebSocketGraphQlRequest) {
                // so that @PreAuthorize sees a connection_init user too
                SecurityContext context = new SecurityContextImpl(user.get());
                response = response.contextWrite(Context.of(SecurityContext.class.getName(), context));
            }
            return response;
        });
    }

    @Override
    public Mono<Object> handleConnectionInitialization(WebSocketSessionInfo session, Map<String, Object> payload) {
        Object header = payload.containsKey("Authorization") ? payload.get("Authorization") : payload.get("authorization");
        if (header == null) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> {
            Authentication attempt = parse(String.valueOf(header));
            if (attempt instanceof UsernamePasswordAuthenticationToken password && session.getRemoteAddress() != null) {
                // the client address, for the sign-in throttle, as Spring Security's Basic filter records it
                password.setDetails(new WebAuthenticationDetails(
                        session.getRemoteAddress().getAddress().getHostAddress(), null));
            }
            Authentication user = credentials.authenticate(attempt);
            session.getAttributes().put(SESSION_ATTRIBUTE, user);
            return user;
        }).then(Mono.empty());
    }

    private Mono<Authentication> caller(WebGraphQlRequest request) {
        if (request instanceof WebSocketGraphQlRequest socket) {
            if (socket.getSessionInfo().getAttributes().get(SESSION_ATTRIBUTE) instanceof Authentication user) {
                return Mono.just(user);
            }
            return socket.getSessionInfo().getPrincipal()
                    .filter(Authentication.class::isInstance).cast(Authentication.class);
        }
        // HTTP: called on the request thread, inside Spring Security's filters
        return Mono.justOrEmpty(SecurityContextHolder.getContext().getAuthentication())
                .filter(FieldAuthorization::isSignedIn);
    }

    private Authentication parse(String header) {
        String value = header.trim();
        if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new BadCredentialsException("Authorization is not valid Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new BadCredentialsException("Authorization is not valid Basic credentials");
            }
            return UsernamePasswordAuthenticationToken.unauthenticated(decoded.substring(0, colon),
                    decoded.substring(colon + 1));
        }
        if (bearerTokens && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new BearerTokenAuthenticationToken(value.substring(7).trim());
        }
        throw new BadCredentialsException("Authorization must be Basic credentials"
                + (bearerTokens ? " or a Bearer token" : ""));
    }
}
