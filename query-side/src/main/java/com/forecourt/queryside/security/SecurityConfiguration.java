package com.forecourt.queryside.security;

import com.forecourt.photo.web.PhotoPaths;
import com.forecourt.storefront.web.StorefrontPaths;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import java.util.List;

/**
 * The HTTP side of the API's security. Requests carry their credentials every time (HTTP Basic, or a bearer JWT
 * from the embedded provider, {@code com.forecourt.queryside.security.provider}, or from the issuer of
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}); the API keeps no session and
 * reads no cookie, not even the session cookie of the provider's sign-in page. Failed sign-ins are throttled per user name and client address ({@link SignInThrottle}); credentials
 * that cannot be verified are refused with 401, never treated as anonymous ({@link UnverifiableCredentials}).
 * {@code /graphql} admits anonymous callers, and {@link FieldAuthorization} decides per field. GraphiQL, its assets, the health endpoints and the storefront's telemetry ({@code POST /telemetry}) are public; every other actuator endpoint needs ADMIN.
 * <p>
 * CSRF protection is off: it defends cookie sessions, and there are none. Browsers can replay cached Basic
 * credentials, but a cross-site form or simple request cannot reach GraphQL: POST needs
 * {@code Content-Type: application/json} (which a form cannot send and which needs a CORS preflight that is not
 * granted), and GET runs only queries, whose answers the other site cannot read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForecourtSecurityProperties.class)
class SecurityConfiguration {

    /** Fails fast with the production profile and no credentials (see {@link ProductionCredentialsCheck}). */
    @Bean
    static ProductionCredentialsCheck productionCredentialsCheck() {
        return new ProductionCredentialsCheck();
    }

    /**
     * No observation per security filter of every request: the HTTP server observation already times the request,
     * and a span and timer for each of a dozen filters showed up in the search's CPU profile (docs/search.md,
     * "Latency"). Sign-ins and access decisions are still observed.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false).build();
    }

    @Bean
    SignInThrottle signInThrottle(ForecourtSecurityProperties properties) {
        return new SignInThrottle(properties.getSignIn());
    }

    /**
     * User name and password sign-in ({@link BasicSignIn}). The one authentication bean of the application: neither
     * the user store nor the provider is a bean, so Spring Security's global configuration has nothing to pick up
     * (and nothing to warn about) and Spring Boot adds no generated user.
     */
    @Bean
    ProviderManager basicSignIn(ForecourtSecurityProperties properties, SignInThrottle throttle) {
        return BasicSignIn.manager(properties.getUsers(), PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                throttle);
    }

    /** Roles and a buyer's customer id from a bearer JWT's claims ({@link JwtRoles}). */
    @Bean
    JwtRoles forecourtJwtRoles(ForecourtSecurityProperties properties) {
        return new JwtRoles(properties.getJwt());
    }

    @Bean
    GraphqlAuthentication graphqlAuthentication(ProviderManager basicSignIn, ObjectProvider<JwtDecoder> jwtDecoder,
                                                JwtRoles jwtRoles) {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder == null) {
            return new GraphqlAuthentication(basicSignIn, false);
        }
        JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(decoder);
        bearer.setJwtAuthenticationConverter(jwtRoles);
        return new GraphqlAuthentication(new ProviderManager(List.of(bearer), basicSignIn), true);
    }

    @Bean
    SecurityFilterChain forecourtSecurity(HttpSecurity http, ProviderManager basicSignIn,
                                          @Value("${spring.graphql.http.path:/graphql}") String graphqlPath,
                                          ObjectProvider<JwtDecoder> jwtDecoder,
                                          JwtRoles jwtRoles) throws Exception {
        GraphqlAwareEntryPoint entryPoint = new GraphqlAwareEntryPoint(graphqlPath);
        JsonAccessDenied accessDenied = new JsonAccessDenied();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authenticationManager(basicSignIn)
                .httpBasic(basic -> basic.realmName(GraphqlAwareEntryPoint.REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .authorizeHttpRequests(requests -> requests
                        // anonymous callers reach GraphQL; FieldAuthorization decides per field
                        .requestMatchers(graphqlPath).permitAll()
                        .requestMatchers("/graphiql", "/graphiql/**", "/webjars/**").permitAll()
                        .requestMatchers(StorefrontPaths.PUBLIC).permitAll() // the buyers' pages and assets
                        // car photos: anyone downloads a file, staff upload (docs/graphql.md, "Photos")
                        .requestMatchers(HttpMethod.GET, PhotoPaths.FILE_PATTERN).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PhotoPaths.FILE_PATTERN).permitAll()
                        .requestMatchers(HttpMethod.POST, PhotoPaths.UPLOAD_PATTERN)
                        .hasAnyRole(Role.STAFF.name(), Role.ADMIN.name())
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/error", "/favicon.ico").permitAll()
                        // the sign-in page's default style sheet (the page itself has a filter chain of its own)
                        .requestMatchers("/login.css").permitAll()
                        // the storefront's telemetry: anonymous by design, bounded and rate-limited by its endpoint
                        // (com.forecourt.telemetry.ingest), which reads no credentials and keeps no address
                        .requestMatchers(HttpMethod.POST, "/telemetry").permitAll()
                        .anyRequest().authenticated());
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            // a manager of its own: without it the resource server takes the chain's (Basic sign-in), which has no
            // provider for bearer tokens, and every token was refused
            JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(decoder);
            bearer.setJwtAuthenticationConverter(jwtRoles);
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(entryPoint)
                    .jwt(jwt -> jwt.authenticationManager(new ProviderManager(bearer))));
        }
        // credentials nobody here can verify (a bearer token without an issuer, another scheme) are a 401, not anonymous
        http.addFilterBefore(new UnverifiableCredentials(entryPoint, decoder != null), BasicAuthenticationFilter.class);
        return http.build();
    }
}
