package com.forecourt.queryside.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Sets the security headers on every response of the query side, whichever filter chain or handler answers it (the
 * storefront, GraphQL, GraphiQL, the provider's pages, errors, actuator): the {@link ContentSecurityPolicy}, no MIME
 * sniffing, no framing (also for browsers without {@code frame-ancestors}), no referrer sent to other sites, and no
 * access to devices. They are defaults, set before the request is handled: a filter chain that writes its own
 * (the sign-in page's stricter policy, through Spring Security's header writers, which write only headers not yet
 * present) replaces them.
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
        Defaults headers = new Defaults(response);
        headers.setDefault("Content-Security-Policy", (graphiql ? graphiqlPolicy : policy).value());
        headers.setDefault("X-Content-Type-Options", "nosniff");
        headers.setDefault("X-Frame-Options", "DENY");
        headers.setDefault("Referrer-Policy", "same-origin");
        headers.setDefault("Permissions-Policy", PERMISSIONS);
        headers.setDefault("Cross-Origin-Opener-Policy", "same-origin");
        chain.doFilter(request, headers);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** A response whose default headers look absent to whoever handles it, so that setting one replaces it. */
    private static final class Defaults extends HttpServletResponseWrapper {

        private final Set<String> defaults = new HashSet<>();

        Defaults(HttpServletResponse response) {
            super(response);
        }

        void setDefault(String name, String value) {
            super.setHeader(name, value);
            defaults.add(name.toLowerCase(Locale.ROOT));
        }

        @Override
        public boolean containsHeader(String name) {
            return !defaults.contains(name.toLowerCase(Locale.ROOT)) && super.containsHeader(name);
        }

        @Override
        public void setHeader(String name, String value) {
            defaults.remove(name.toLowerCase(Locale.ROOT));
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (defaults.remove(name.toLowerCase(Locale.ROOT))) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
