package com.forecourt.customer.signup;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.RefusedRequestException;
import com.forecourt.queryside.graphql.limits.ClientAddress;
import com.forecourt.queryside.security.ForecourtSecurityProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.graphql.execution.ErrorType;

/**
 * Limits sign-ups per client address (an IPv6 /64 counts as one): every attempt, whatever its outcome, takes a
 * token from the address's Bucket4j bucket, which holds {@code forecourt.security.sign-up.per-address} and refills
 * whole once per {@code period}. Buckets live in a bounded Caffeine cache, dropped once full again. An attempt from
 * an unknown address counts against one shared bucket.
 */
final class SignUpThrottle {

    private static final long MAXIMUM_ADDRESSES = 100_000;

    private final ForecourtSecurityProperties.SignUp limits;
    private final Cache<String, Bucket> byAddress;

    SignUpThrottle(ForecourtSecurityProperties.SignUp limits) {
        this.limits = limits;
        this.byAddress = Caffeine.newBuilder().expireAfterAccess(limits.getPeriod()).maximumSize(MAXIMUM_ADDRESSES)
                .build();
    }

    /**
     * Takes one sign-up from the address's allowance.
     *
     * @throws RefusedRequestException TOO_MANY_REQUESTS when none is left; the message says when to try again
     */
    void take(String clientAddress) {
        Bucket bucket = byAddress.get(ClientAddress.key(clientAddress), key -> Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.getPerAddress())
                        .refillIntervally(limits.getPerAddress(), limits.getPeriod()))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
            throw new RefusedRequestException(GraphqlErrorCodes.TOO_MANY_REQUESTS, ErrorType.BAD_REQUEST,
                    "Too many sign-ups from this address; try again in " + seconds + " s");
        }
    }
}
