package com.forecourt.queryside.security.provider;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.time.Duration;

/**
 * Registers the storefront, a public client (no secret: it runs in the browser), in {@code oauth2_registered_client}
 * at start-up, before the server takes requests, and brings an existing registration up to date with the
 * configuration: authorization code with PKCE (S256) only, scopes openid and profile, no consent screen (the
 * storefront is the retailer's own), the configured redirect URIs and access-token lifetime.
 */
final class StorefrontClient implements SmartInitializingSingleton {

    /** The client id, and the id of its row. */
    static final String CLIENT_ID = "storefront";

    private final RegisteredClientRepository clients;
    private final ProviderProperties properties;

    StorefrontClient(RegisteredClientRepository clients, ProviderProperties properties) {
        this.clients = clients;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        RegisteredClient client = client();
        try {
            clients.save(client);
        } catch (DataIntegrityViolationException anotherNodeRegisteredItFirst) {
            clients.save(client); // now found by id, so updated
        }
    }

    RegisteredClient client() {
        ProviderProperties.Storefront storefront = properties.getStorefront();
        if (storefront.getRedirectUris().isEmpty()) {
            throw new IllegalStateException("forecourt.security.provider.storefront.redirect-uris needs at least one URI");
        }
        return RegisteredClient.withId(CLIENT_ID)
                .clientId(CLIENT_ID)
                .clientName("Forecourt storefront")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(storefront.getRedirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(storefront.getPostLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.getAccessTokenTtl())
                        .authorizationCodeTimeToLive(Duration.ofMinutes(1)).build())
                .build();
    }
}
