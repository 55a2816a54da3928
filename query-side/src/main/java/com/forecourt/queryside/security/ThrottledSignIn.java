package com.forecourt.queryside.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * User name and password sign-in behind the {@link SignInThrottle}: an attempt is counted before its password is
 * checked (or found in {@link VerifiedCredentials}), and forgiven when the password was right. The client address
 * comes from the token's {@link WebAuthenticationDetails}, which Spring Security's Basic filter sets and
 * {@link GraphqlAuthentication} sets for WebSocket {@code connection_init}.
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final AuthenticationProvider delegate;

    ThrottledSignIn(SignInThrottle throttle, AuthenticationProvider delegate) {
        this.throttle = throttle;
        this.delegate = delegate;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt = throttle.begin(authentication.getName(), address);
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            attempt.succeeded();
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
