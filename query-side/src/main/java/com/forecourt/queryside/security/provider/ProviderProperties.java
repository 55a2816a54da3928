package com.forecourt.queryside.security.provider;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code forecourt.security.provider.*}: the embedded OpenID Connect provider (Spring Authorization Server) with
 * which buyers sign in, and its one client, the storefront.
 */
@ConfigurationProperties("forecourt.security.provider")
public class ProviderProperties {

    /**
     * Whether this application is its own OpenID Connect provider. Unset: yes, unless
     * spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri names another issuer.
     */
    private Boolean enabled;
    /**
     * The issuer URL written into tokens and the discovery document, e.g. https://shop.example.co.uk; unset, it is
     * taken from each request (scheme, host and port), and the issuer of tokens is then not checked. Set it behind a
     * reverse proxy.
     */
    private String issuer;
    /** How long an access token is valid; the browser signs in again after it (silently while its session lasts). */
    private Duration accessTokenTtl = Duration.ofMinutes(15);
    private final Storefront storefront = new Storefront();
    private final LoginPage loginPage = new LoginPage();

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer == null || issuer.isBlank() ? null : issuer.strip();
    }

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        if (accessTokenTtl == null || accessTokenTtl.isNegative() || accessTokenTtl.isZero()) {
            throw new IllegalArgumentException("forecourt.security.provider.access-token-ttl must be positive");
        }
        this.accessTokenTtl = accessTokenTtl;
    }

    public Storefront getStorefront() {
        return storefront;
    }

    public LoginPage getLoginPage() {
        return loginPage;
    }

    /**
     * The public client {@code storefront}: the browser application, which proves itself with PKCE (S256), not a
     * secret. Registered (or updated) in {@code oauth2_registered_client} at start-up.
     */
    public static class Storefront {
        /** Where the provider may send the browser back with a code. Loopback addresses may use any port. */
        private List<String> redirectUris = new ArrayList<>(List.of("http://127.0.0.1:8080/"));
        /** Where the provider may send the browser after signing out ({@code /connect/logout}). */
        private List<String> postLogoutRedirectUris = new ArrayList<>(List.of("http://127.0.0.1:8080/"));

        public List<String> getRedirectUris() {
            return redirectUris;
        }

        public void setRedirectUris(List<String> redirectUris) {
            this.redirectUris = redirectUris;
        }

        public List<String> getPostLogoutRedirectUris() {
            return postLogoutRedirectUris;
        }

        public void setPostLogoutRedirectUris(List<String> postLogoutRedirectUris) {
            this.postLogoutRedirectUris = postLogoutRedirectUris;
        }
    }

    /** The sign-in page at {@code /login}, which the storefront styles. */
    public static class LoginPage {
        /** The style sheet the page links to (same origin: the page's Content-Security-Policy allows only 'self'). */
        private String stylesheet = "/login.css";
        /** Where "Create an account" leads. */
        private String signUpUrl = "/signup";

        public String getStylesheet() {
            return stylesheet;
        }

        public void setStylesheet(String stylesheet) {
            this.stylesheet = stylesheet;
        }

        public String getSignUpUrl() {
            return signUpUrl;
        }

        public void setSignUpUrl(String signUpUrl) {
            this.signUpUrl = signUpUrl;
        }
    }
}
