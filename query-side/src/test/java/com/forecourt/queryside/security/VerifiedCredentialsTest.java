package com.forecourt.queryside.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A staff client pays the bcrypt check once, not on every request; a wrong password is always checked in full. */
class VerifiedCredentialsTest {

    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final CountingEncoder counting = new CountingEncoder(passwords);
    private final VerifiedCredentials credentials = credentials();

    @Test
    void canAuthenticateARepeatedRequestWithoutCheckingThePasswordAgain() {
        Authentication first = credentials.authenticate(basic("staff", "s3cret"));
        Authentication second = credentials.authenticate(basic("staff", "s3cret"));

        assertThat(counting.checks).isEqualTo(1);
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("staff");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second.getCredentials()).isNull();
    }

    @Test
    void cannotAuthenticateWithAWrongPasswordAfterTheRightOneWasRemembered() {
        credentials.authenticate(basic("staff", "s3cret"));

        assertThatThrownBy(() -> credentials.authenticate(basic("staff", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> credentials.authenticate(basic("staff", "guess"))).isInstanceOf(BadCredentialsException.class);
        assertThat(counting.checks).isEqualTo(3);
    }

    private VerifiedCredentials credentials() {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(User.withUsername("staff")
                .password(passwords.encode("s3cret")).roles("STAFF").build());
        DaoAuthenticationProvider basic = new DaoAuthenticationProvider(users);
        basic.setPasswordEncoder(counting);
        return new VerifiedCredentials(basic, Duration.ofMinutes(5), 100);
    }

    private static UsernamePasswordAuthenticationToken basic(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }

    /** The real delegating encoder (bcrypt), counting its checks. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        private int checks;

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks++;
            return delegate.matches(raw, encoded);
        }
    }
}
