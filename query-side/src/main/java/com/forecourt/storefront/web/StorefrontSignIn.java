package com.forecourt.storefront.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;

/**
 * {@code forecourt.storefront.oidc.*}: the OpenID Connect provider the storefront signs buyers in with. Unset, it is
 * the application itself (the embedded provider, on the page's own origin). With another provider (docs/security.md,
 * "Plugging in another OpenID Connect provider"), its issuer URL here makes the page use its discovery document, and
 * the Content-Security-Policy lets the page reach it.
 */
@ConfigurationProperties("forecourt.storefront.oidc")
public class StorefrontSignIn {

    /** The provider's issuer URL, e.g. https://login.example.co.uk/realms/shop; unset: this application. */
    private URI authority;
    /** The storefront's client id at the provider (a public client with PKCE). */
    private String clientId = "storefront";

    public URI getAuthority() {
        return authority;
    }

    public void setAuthority(URI authority) {
        if (authority != null && (authority.getScheme() == null || authority.getHost() == null
                || !(authority.getScheme().equals("https") || authority.getScheme().equals("http")))) {
            throw new IllegalArgumentException("forecourt.storefront.oidc.authority must be an http(s) URL");
        }
        this.authority = authority;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("forecourt.storefront.oidc.client-id must not be blank");
        }
        this.clientId = clientId.strip();
    }

    /** The provider's origin (scheme, host, port), for the Content-Security-Policy; null for this application. */
    public String authorityOrigin() {
        if (authority == null) {
            return null;
        }
        return authority.getScheme() + "://" + authority.getHost() + (authority.getPort() < 0 ? "" : ":" + authority.getPort());
    }
}
