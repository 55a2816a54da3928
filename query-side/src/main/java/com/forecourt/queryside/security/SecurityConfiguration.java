package com.forecourt.queryside.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP side of security. Requests carry their credentials every time (HTTP Basic, or a bearer JWT when
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri} is set); there is no session
 * and no cookie. {@code /graphql} admits anonymous callers, and {@link FieldAuthorization} decides per field.
 * GraphiQL, its assets and the health endpoints are public; every other actuator endpoint needs ADMIN.
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager forecourtUsers(ForecourtSecurityProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (ForecourtSecurityProperties.User user : properties.getUsers()) {
            users.add(toUserDetails(user));
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    JwtAuthenticationConverter forecourtJwtRoles(ForecourtSecurityProperties properties) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(properties.getJwt().getRolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    /** HTTP Basic: the configured users, with verified credentials remembered for a few minutes. */
    @Bean
    AuthenticationProvider basicCredentials(InMemoryUserDetailsManager users, PasswordEncoder passwords) {
        DaoAuthenticationProvider basic = new DaoAuthenticationProvider(users);
        basic.setPasswordEncoder(passwords);
        return new VerifiedCredentials(basic, Duration.ofMinutes(5), 10_000);
    }

    @Bean
    GraphqlAuthentication graphqlAuthentication(AuthenticationProvider basicCredentials,
                                                ObjectProvider<JwtDecoder> jwtDecoder,
                                                JwtAuthenticationConverter jwtRoles) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(basicCredentials);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            JwtAuthenticationProvider bearer = new JwtAuthenticationProvider(decoder);
            bearer.setJwtAuthenticationConverter(jwtRoles);
            providers.add(bearer);
        }
        AuthenticationManager manager = new ProviderManager(providers);
        return new GraphqlAuthentication(manager, decoder != null);
    }

    @Bean
    SecurityFilterChain forecourtSecurity(HttpSecurity http, AuthenticationProvider basicCredentials,
                                          @Value("${spring.graphql.http.path:/graphql}") String graphqlPath,
                                          ObjectProvider<JwtDecoder> jwtDecoder,
                                          JwtAuthenticationConverter jwtRoles) throws Exception {
        GraphqlAwareEntryPoint entryPoint = new GraphqlAwareEntryPoint(graphqlPath);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .authenticationManager(new ProviderManager(basicCredentials))
                .httpBasic(basic -> basic.realmName(GraphqlAwareEntryPoint.REALM).authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .authorizeHttpRequests(requests -> requests
                        // anonymous callers reach GraphQL; FieldAuthorization decides per field
                        .requestMatchers(graphqlPath).permitAll()
                        .requestMatchers("/graphiql", "/graphiql/**", "/webjars/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated());
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(entryPoint)
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtRoles)));
        }
        return http.build();
    }

    private static UserDetails toUserDetails(ForecourtSecurityProperties.User user) {
        String name = user.getName();
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("forecourt.security.users: every user needs a name");
        }
        String password = user.getPassword();
        if (password == null || !password.matches("^\\{[^}]+}.+")) {
            throw new IllegalStateException("forecourt.security.users: the password of " + name
                    + " needs an encoder prefix, {bcrypt}… (or {noop}… outside production)");
        }
        if (user.getRoles().isEmpty()) {
            throw new IllegalStateException("forecourt.security.users: " + name + " needs at least one role"
                    + " (STAFF, ADMIN)");
        }
        String[] roles = user.getRoles().stream()
                .map(role -> role.trim().toUpperCase(Locale.ROOT))
                .map(role -> role.startsWith("ROLE_") ? role.substring(5) : role)
                .toArray(String[]::new);
        return User.withUsername(name).password(password).roles(roles).build();
    }
}
