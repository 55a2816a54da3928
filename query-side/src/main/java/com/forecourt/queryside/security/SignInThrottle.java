package com.forecourt.queryside.security;

import com.forecourt.queryside.graphql.limits.ClientAddress;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;

import java.time.Duration;
import java.util.Locale;

/**
 * Slows down password guessing: every sign-in attempt takes a token from a bucket of its user name and one of its
 * client address (Bucket4j token buckets, kept in bounded Caffeine caches); a successful attempt gives both back, a
 * failed one keeps them. When either bucket is empty the attempt is refused before any password is checked, with the
 * time until a token is back.
 *
 * <p>Taking the token before the check, not after a failure, means that attempts sent in parallel cannot all slip
 * through before the first failure is counted. A bucket gets its whole allowance back once per {@code period}
 * (not a token at a time, so a guesser cannot pace itself to the refill rate within a period); one untouched for a
 * whole period is full again, so it is dropped from the cache then. User names are compared
 * case-insensitively, as the user store does; clients are told apart as {@link ClientAddress} says (an IPv6 /64
 * counts as one).
 */
public final class SignInThrottle {

    /** More distinct names or addresses than this are forgotten oldest first; bounds memory under a spray. */
    private static final long MAXIMUM_KEYS = 100_000;
    private static final int MAXIMUM_NAME_LENGTH = 128;

    private final Cache<String, Bucket> byUserName;
    private final Cache<String, Bucket> byAddress;
    private final ForecourtSecurityProperties.SignIn limits;

    SignInThrottle(ForecourtSecurityProperties.SignIn limits) {
        this.limits = limits;
        this.byUserName = Caffeine.newBuilder().expireAfterAccess(limits.getPeriod()).maximumSize(MAXIMUM_KEYS).build();
        this.byAddress = Caffeine.newBuilder().expireAfterAccess(limits.getPeriod()).maximumSize(MAXIMUM_KEYS).build();
    }

    /**
     * Takes one attempt from the user name's and the address's buckets.
     *
     * @param userName      as sent, any case
     * @param clientAddress IP address literal of the client, or {@code null} when unknown (then only the name counts)
     * @return the attempt, to be {@linkplain Attempt#succeeded() given back} if the credentials are right
     * @throws SignInThrottledException if either bucket is empty; nothing was taken then
     */
    Attempt begin(String userName, String clientAddress) {
        Bucket name = byUserName.get(userKey(userName), key -> bucket(limits.getFailuresPerUser()));
        Bucket address = clientAddress == null ? null
                : byAddress.get(ClientAddress.key(clientAddress), key -> bucket(limits.getFailuresPerAddress()));
        ConsumptionProbe forName = name.tryConsumeAndReturnRemaining(1);
        if (!forName.isConsumed()) {
            throw new SignInThrottledException(Duration.ofNanos(forName.getNanosToWaitForRefill()));
        }
        if (address != null) {
            ConsumptionProbe forAddress = address.tryConsumeAndReturnRemaining(1);
            if (!forAddress.isConsumed()) {
                name.addTokens(1);
                throw new SignInThrottledException(Duration.ofNanos(forAddress.getNanosToWaitForRefill()));
            }
        }
        return new Attempt(name, address);
    }

    /**
     * A sign-in with user name and password behind this throttle: {@code check} runs only for attempts the buckets
     * allow, and a right password gives the attempt back. The client address comes from the token's
     * {@link org.springframework.security.web.authentication.WebAuthenticationDetails}, which form login sets.
     */
    public ProviderManager signIn(AuthenticationProvider check) {
        return new ProviderManager(new ThrottledSignIn(this, check));
    }

    private Bucket bucket(int failures) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(failures).refillIntervally(failures, limits.getPeriod()))
                .build();
    }

    static String userKey(String userName) {
        String name = userName == null ? "" : userName.toLowerCase(Locale.ROOT);
        return name.length() > MAXIMUM_NAME_LENGTH ? name.substring(0, MAXIMUM_NAME_LENGTH) : name;
    }

    /** One sign-in attempt in progress. */
    static final class Attempt {
        private final Bucket name;
        private final Bucket address;

        private Attempt(Bucket name, Bucket address) {
            this.name = name;
            this.address = address;
        }

        /** The credentials were right: the attempt does not count against the name or the address. */
        void succeeded() {
            name.addTokens(1);
            if (address != null) {
                address.addTokens(1);
            }
        }
    }
}
