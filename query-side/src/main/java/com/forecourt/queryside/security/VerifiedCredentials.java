package com.forecourt.queryside.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Remembers HTTP Basic credentials that passed the password check, for a short while. Passwords are stored as
 * bcrypt hashes, and a bcrypt check costs tens of milliseconds of CPU by design; HTTP Basic sends the credentials
 * with every request, so without this a staff client pays that on every call (measured: ~75 ms, which capped
 * authenticated GraphQL at about 13 requests per second per core).
 *
 * <p>Only successful checks are remembered, keyed by a SHA-256 of user name and password, so a wrong password is
 * always checked in full and nothing a caller sends can fill the cache; a changed password takes effect for new
 * credentials at once and old ones expire after {@code ttl}.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final Cache<String, Authentication> verified;

    VerifiedCredentials(AuthenticationProvider delegate, Duration ttl, long maximumSize) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String key = key(authentication.getName(), password);
        Authentication known = verified.getIfPresent(key);
        if (known != null) {
            return UsernamePasswordAuthenticationToken.authenticated(known.getPrincipal(), null, known.getAuthorities());
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(key, UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(), null,
                    result.getAuthorities()));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    private static String key(String name, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
