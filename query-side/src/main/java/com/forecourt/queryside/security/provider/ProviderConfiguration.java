package com.forecourt.queryside.security.provider;

import com.forecourt.queryside.security.ForecourtSecurityProperties;
import com.forecourt.queryside.security.SignInThrottle;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The embedded OpenID Connect provider (Spring Authorization Server): buyers sign in on {@code /login} with the
 * authorization code flow and PKCE, and get JWTs the resource server side of this application accepts. Clients,
 * authorizations, consents and the signing key live in PostgreSQL, so any node can continue a flow another began
 * once the browser's session is on it (see docs/security.md on several nodes).
 *
 * <p>Two filter chains come before the API's: the provider's endpoints ({@code /oauth2/*}, {@code /userinfo},
 * {@code /connect/logout}, {@code /.well-known/*}), and the sign-in page. Unlike the API, both keep a session (the
 * browser's, between {@code /oauth2/authorize} and the sign-in) and protect the sign-in form against CSRF.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedProviderCondition.class)
@EnableConfigurationProperties(ProviderProperties.class)
class ProviderConfiguration {

    ProviderConfiguration(Environment environment) {
        if (EmbeddedProviderCondition.externalIssuer(environment)) {
            throw new IllegalStateException(EmbeddedProviderCondition.ENABLED + " is true, and the resource server "
                    + "is given another issuer (spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri). "
                    + "Tokens of the embedded provider would not be accepted: choose one (docs/security.md).");
        }
    }

    @Bean
    BuyerLogins buyerLogins(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        return new BuyerLogins(jdbc, new TransactionTemplate(transactions));
    }

    @Bean
    RegisteredClientRepository registeredClients(JdbcTemplate jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizations(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService consents(JdbcTemplate jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(ProviderProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.getIssuer() != null) {
            settings.issuer(properties.getIssuer());
        }
        return settings.build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(JdbcTemplate jdbc) {
        return new SigningKeys(jdbc);
    }

    /** Checks the provider's own tokens in process: signature with its key, times, and the issuer if configured. */
    @Bean
    JwtDecoder providerJwtDecoder(JWKSource<SecurityContext> signingKeys, ProviderProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(signingKeys).build();
        decoder.setJwtValidator(properties.getIssuer() == null ? JwtValidators.createDefault()
                : new DelegatingOAuth2TokenValidator<Jwt>(JwtValidators.createDefaultWithIssuer(properties.getIssuer())));
        return decoder;
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(BuyerLogins logins, ForecourtSecurityProperties security) {
        return new TokenClaims(logins, security.getJwt());
    }

    @Bean
    StorefrontClient storefrontClient(RegisteredClientRepository clients, ProviderProperties properties) {
        return new StorefrontClient(clients, properties);
    }

    @Bean
    AuthorizationCleanup authorizationCleanup(JdbcTemplate jdbc) {
        return new AuthorizationCleanup(jdbc);
    }

    /** The provider's endpoints; a browser that is not signed in is sent to the sign-in page. */
    @Bean
    @Order(1)
    SecurityFilterChain providerEndpoints(HttpSecurity http, ProviderProperties properties) throws Exception {
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LoginPage.PATH), browser))
                // the userinfo endpoint takes the provider's access tokens
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy(properties))));
        return http.build();
    }

    /**
     * The sign-in page and form: buyers from {@link BuyerLogins}, passwords checked by the delegating encoder (one
     * bcrypt check whether the address is known or not), attempts throttled per address and name like HTTP Basic.
     */
    @Bean
    @Order(2)
    SecurityFilterChain signInPage(HttpSecurity http, BuyerLogins logins, SignInThrottle throttle,
                                   ProviderProperties properties) throws Exception {
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(logins.userDetails());
        check.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        LoginPage page = new LoginPage(properties.getLoginPage());
        http.securityMatcher(LoginPage.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .authenticationManager(throttle.signIn(check))
                .formLogin(form -> form.loginPage(LoginPage.PATH).failureHandler(page))
                .addFilterAfter(page, CsrfFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy(properties))));
        return http.build();
    }

    /**
     * No script at all, styles and images from this origin only, not framed, and forms posted only here or to the
     * storefront (browsers apply form-action to the redirects after the sign-in too, which end at a redirect URI).
     */
    static String policy(ProviderProperties properties) {
        Set<String> formTargets = new LinkedHashSet<>(List.of("'self'"));
        for (String redirect : properties.getStorefront().getRedirectUris()) {
            URI uri = URI.create(redirect);
            boolean loopback = "127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost());
            String port = loopback ? ":*" : uri.getPort() < 0 ? "" : ":" + uri.getPort();
            formTargets.add(uri.getScheme() + "://" + uri.getHost() + port);
        }
        return "default-src 'none'; style-src 'self'; img-src 'self'; form-action " + String.join(" ", formTargets)
                + "; frame-ancestors 'none'; base-uri 'none'";
    }
}
