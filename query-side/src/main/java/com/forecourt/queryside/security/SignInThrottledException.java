package com.forecourt.queryside.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * A sign-in refused without checking the password, because its user name or client address failed too often
 * recently. Answered with HTTP 429, {@code Retry-After} and the code TOO_MANY_REQUESTS.
 */
public final class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins; try again in " + seconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until another attempt may succeed, at least 1 (the value of {@code Retry-After}). */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration duration) {
        return Math.max(1, (duration.toMillis() + 999) / 1000);
    }
}
