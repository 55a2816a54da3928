package com.forecourt.queryside.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.ArrayList;
import java.util.List;

/**
 * With the profile {@code production}, the application refuses to start unless someone can sign in: at least
 * one user in {@code forecourt.security.users} or a JWT issuer ({@code spring.security.oauth2.resourceserver.jwt.
 * issuer-uri} or {@code jwk-set-uri}). It also refuses plain-text ({@code {noop}}) passwords and the development
 * users (a password equal to the user name, or "staff"/"admin"). The check runs before any bean is created, so
 * nothing connects to a database or opens a port first.
 */
public final class ProductionCredentialsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    /** The profile of a production deployment. */
    public static final String PRODUCTION = "production";
    private static final List<String> DEVELOPMENT_PASSWORDS = List.of("staff", "admin");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        verify(environment);
    }

    /**
     * Throws {@link IllegalStateException} naming what to configure when the production profile is active and
     * credentials are missing or unsafe; does nothing otherwise.
     */
    public static void verify(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of(PRODUCTION))) {
            return;
        }
        List<ForecourtSecurityProperties.User> users = Binder.get(environment)
                .bind("forecourt.security.users", Bindable.listOf(ForecourtSecurityProperties.User.class))
                .orElse(List.of());
        boolean jwt = hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                || hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
        if (users.isEmpty() && !jwt) {
            throw new IllegalStateException("The production profile needs credentials, and none are configured. "
                    + "Set forecourt.security.users[0].name, .password ({bcrypt}…) and .roles (STAFF, ADMIN), "
                    + "or spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri) for bearer tokens. "
                    + "See docs/security.md.");
        }
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        List<String> problems = new ArrayList<>();
        for (ForecourtSecurityProperties.User user : users) {
            String password = user.getPassword();
            if (!hasText(password) || password.startsWith("{noop}")) {
                problems.add(user.getName() + ": a hashed password is required ({bcrypt}…), not plain text");
            } else if (matchesAny(encoder, password, user.getName())) {
                problems.add(user.getName() + ": this is a development user; choose another password");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The production profile refuses these users: "
                    + String.join("; ", problems) + ". See docs/security.md.");
        }
    }

    private static boolean matchesAny(PasswordEncoder encoder, String encoded, String name) {
        List<String> guesses = new ArrayList<>(DEVELOPMENT_PASSWORDS);
        if (name != null) {
            guesses.add(name);
        }
        for (String guess : guesses) {
            try {
                if (encoder.matches(guess, encoded)) {
                    return true;
                }
            } catch (IllegalArgumentException unknownEncoder) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
