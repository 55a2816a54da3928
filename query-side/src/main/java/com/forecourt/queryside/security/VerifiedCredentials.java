package com.forecourt.queryside.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

/**
 * Remembers HTTP Basic credentials that passed the password check, for a short while. Passwords are stored as
 * bcrypt hashes, and a bcrypt check costs tens of milliseconds of CPU by design; HTTP Basic sends the credentials
 * with every request, so without this a staff client pays that on every call (measured: ~75 ms, which capped
 * authenticated GraphQL at about 13 requests per second per core).
 *
 * <p>Only successful checks are remembered, so a wrong password is always checked in full (a cache miss costs the
 * same hash check as no cache, for known and unknown names alike) and nothing a caller sends can fill the cache; a
 * changed password takes effect for new credentials at once and old ones expire after {@code ttl}. Entries are keyed
 * by an HMAC-SHA256 of user name and password under a key drawn at random per instance, so the keys in memory (a
 * heap dump, say) cannot be tested against guessed passwords offline the way a plain SHA-256 could.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final String HMAC = "HmacSHA256";

    private final AuthenticationProvider delegate;
    private final Cache<String, Authentication> verified;
    private final SecretKeySpec key;

    VerifiedCredentials(AuthenticationProvider delegate, Duration ttl, long maximumSize) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maximumSize).build();
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, HMAC);
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

    private String key(String name, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
