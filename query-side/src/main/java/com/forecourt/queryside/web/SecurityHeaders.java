package com.forecourt.queryside.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Sets the security headers on every response of the query side, whichever filter chain or handler answers it (the
 * storefront, GraphQL, GraphiQL, the sign-in pages, errors, actuator): the {@link ContentSecurityPolicy}, no MIME
 * sniffing, no framing (also for browsers without {@code frame-ancestors}), no referrer sent to other sites, and no
 * access to devices. They are set before the request is handled, so a handler may still narrow them.
 */
final class SecurityHeaders extends OncePerRequestFilter {

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    private final ContentSecurityPolicy policy;
    private final ContentSecurityPolicy graphiqlPolicy;

    SecurityHeaders(ContentSecurityPolicy policy) {
        this.policy = policy;
        this.graphiqlPolicy = policy.forGraphiql();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean graphiql = path.equals("/graphiql") || path.startsWith("/graphiql/");
        response.setHeader("Content-Security-Policy", (graphiql ? graphiqlPolicy : policy).value());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", PERMISSIONS);
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
