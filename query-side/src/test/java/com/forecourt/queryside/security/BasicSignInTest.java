package com.forecourt.queryside.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in costs one bcrypt check whether the name exists or not, and failures are throttled per name and per address
 * before any password is checked. Real encoders and buckets; the encoder only counts what it is asked.
 */
class BasicSignInTest {

    private final CountingEncoder passwords = new CountingEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());

    @Test
    void cannotTellAnUnknownUserNameFromAKnownOneByThePasswordCheck() {
        ProviderManager signIn = signIn(limits(10, 30));

        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody", "guess", "192.0.2.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("staff", "guess", "192.0.2.1")))
                .isInstanceOf(BadCredentialsException.class);

        // one check each, and both against a bcrypt hash: the development user's {noop} password was hashed at start
        assertThat(passwords.checkedHashes).hasSize(2).allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2a$10$"));
    }

    @Test
    void cannotSignInAfterTooManyFailuresForOneUserNameEvenWithTheRightPassword() {
        ProviderManager signIn = signIn(limits(3, 30));
        for (int i = 0; i < 3; i++) {
            String address = "192.0.2." + (10 + i);
            assertThatThrownBy(() -> signIn.authenticate(attempt("Staff", "guess", address)))
                    .isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn.authenticate(attempt("staff", "staff", "192.0.2.20")))
                .isInstanceOf(SignInThrottledException.class)
                .satisfies(e -> assertThat(((SignInThrottledException) e).retryAfterSeconds()).isPositive());
        assertThat(passwords.checkedHashes).hasSize(3);
    }

    @Test
    void cannotSignInAfterTooManyFailuresFromOneAddressWhateverTheName() {
        ProviderManager signIn = signIn(limits(10, 3));
        for (int i = 0; i < 3; i++) {
            String name = "guess" + i;
            assertThatThrownBy(() -> signIn.authenticate(attempt(name, "guess", "2001:db8::1")))
                    .isInstanceOf(BadCredentialsException.class);
        }

        // another address of the same /64 network counts as the same client
        assertThatThrownBy(() -> signIn.authenticate(attempt("staff", "staff", "2001:db8::2")))
                .isInstanceOf(SignInThrottledException.class);
        assertThat(passwords.checkedHashes).hasSize(3);
    }

    @Test
    void canSignInAgainAndAgainWithTheRightPassword() {
        ProviderManager signIn = signIn(limits(3, 3));

        for (int i = 0; i < 20; i++) {
            assertThat(signIn.authenticate(attempt("staff", "staff", "192.0.2.30")).isAuthenticated()).isTrue();
        }
    }

    private ProviderManager signIn(ForecourtSecurityProperties.SignIn limits) {
        ForecourtSecurityProperties.User staff = new ForecourtSecurityProperties.User();
        staff.setName("staff");
        staff.setPassword("{noop}staff");
        staff.setRoles(List.of("STAFF"));
        return BasicSignIn.manager(List.of(staff), passwords, new SignInThrottle(limits));
    }

    private static ForecourtSecurityProperties.SignIn limits(int perUser, int perAddress) {
        ForecourtSecurityProperties.SignIn limits = new ForecourtSecurityProperties.SignIn();
        limits.setFailuresPerUser(perUser);
        limits.setFailuresPerAddress(perAddress);
        return limits;
    }

    private static UsernamePasswordAuthenticationToken attempt(String name, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    /** The real delegating encoder, recording the hash of every check. */
    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder delegate;
        private final List<String> checkedHashes = new ArrayList<>();

        CountingEncoder(PasswordEncoder delegate) {
            this.delegate = delegate;
        }

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checkedHashes.add(encoded);
            return delegate.matches(raw, encoded);
        }
    }
}
