package com.forecourt.queryside.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sign-in with user name and password (HTTP Basic, and {@code connection_init} on the WebSocket): the configured
 * users, one password-hash check per attempt, verified credentials remembered, failures throttled.
 *
 * <p>Every attempt costs exactly one check of the same kind, whether the name is known or not: Spring Security checks
 * an unknown name against a bcrypt hash of a dummy password, and a {@code {noop}} password (the development users) is
 * hashed with bcrypt at start-up here, since comparing plain text would answer a known name ~50 times faster than an
 * unknown one and so tell the names apart.
 */
final class BasicSignIn {

    private static final String PLAIN_TEXT = "{noop}";
    /** How long a verified password is remembered ({@link VerifiedCredentials}). */
    static final Duration VERIFIED_FOR = Duration.ofMinutes(5);
    private static final long VERIFIED_MAXIMUM = 10_000;

    private BasicSignIn() {
    }

    /**
     * The provider chain: throttle, then remembered credentials, then the password check.
     *
     * @param users     the configured users; {@code {noop}} passwords are hashed with {@code passwords}' default
     * @param passwords a delegating encoder (its default encoding, bcrypt, is also the dummy of unknown names)
     * @throws IllegalStateException if a user lacks a name, an encoder prefix or a role
     */
    static ProviderManager manager(List<ForecourtSecurityProperties.User> users, PasswordEncoder passwords,
                                   SignInThrottle throttle) {
        return new ProviderManager(provider(users, passwords, throttle));
    }

    static AuthenticationProvider provider(List<ForecourtSecurityProperties.User> users, PasswordEncoder passwords,
                                           SignInThrottle throttle) {
        List<UserDetails> details = new ArrayList<>();
        for (ForecourtSecurityProperties.User user : users) {
            details.add(toUserDetails(user, passwords));
        }
        DaoAuthenticationProvider check = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(details));
        check.setPasswordEncoder(passwords);
        return new ThrottledSignIn(throttle, new VerifiedCredentials(check, VERIFIED_FOR, VERIFIED_MAXIMUM));
    }

    private static UserDetails toUserDetails(ForecourtSecurityProperties.User user, PasswordEncoder passwords) {
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
        if (password.startsWith(PLAIN_TEXT)) {
            password = passwords.encode(password.substring(PLAIN_TEXT.length()));
        }
        String[] roles = user.getRoles().stream()
                .map(role -> role.trim().toUpperCase(Locale.ROOT))
                .map(role -> role.startsWith("ROLE_") ? role.substring(5) : role)
                .toArray(String[]::new);
        return User.withUsername(name).password(password).roles(roles).build();
    }
}
