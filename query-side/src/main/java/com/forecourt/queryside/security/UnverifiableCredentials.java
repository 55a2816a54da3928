package com.forecourt.queryside.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses an {@code Authorization} header that no filter after it would verify: a bearer token when no JWT issuer
 * is configured, or any scheme other than Basic and Bearer. Without this, Spring Security ignores such a header and
 * the request runs anonymously; but a client that sends credentials expects to be someone, and finding out only from
 * a missing field is how mistakes go unnoticed. The answer is the entry point's 401.
 */
final class UnverifiableCredentials extends OncePerRequestFilter {

    private final AuthenticationEntryPoint entryPoint;
    private final boolean bearerTokens;

    UnverifiableCredentials(AuthenticationEntryPoint entryPoint, boolean bearerTokens) {
        this.entryPoint = entryPoint;
        this.bearerTokens = bearerTokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || verifiable(authorization.strip())) {
            chain.doFilter(request, response);
            return;
        }
        entryPoint.commence(request, response, new BadCredentialsException(bearerTokens
                ? "Authorization must be Basic credentials or a Bearer token"
                : "Authorization must be Basic credentials: no bearer token issuer is configured"));
    }

    private boolean verifiable(String authorization) {
        return scheme(authorization, "Basic") || bearerTokens && scheme(authorization, "Bearer");
    }

    private static boolean scheme(String authorization, String scheme) {
        return authorization.regionMatches(true, 0, scheme, 0, scheme.length())
                && (authorization.length() == scheme.length() || authorization.charAt(scheme.length()) == ' ');
    }
}
