package com.forecourt.security;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.queryside.security.provider.BuyerLogins;
import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The login side of a sign-up on the real PostgreSQL, step by step, for the outcomes a running system rarely shows:
 * a registration refused, one without an answer, and two sign-ups with one address at once.
 */
class BuyerLoginsIntegrationTest extends IntegrationTestSupport {

    private static final String HASH = "{bcrypt}$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z6mTF1eJuG6hPRl8.MP5B1e2";

    @Autowired
    private BuyerLogins logins;

    @Test
    void cannotSignInWithALoginWhoseRegistrationIsNotConfirmed() {
        BuyerLogins.Pending pending = logins.begin(uniqueEmail(), HASH);

        assertThat(logins.customerId(pending.username())).isEmpty();
    }

    @Test
    void canSignInOnceTheRegistrationIsConfirmed() {
        BuyerLogins.Pending pending = logins.begin(uniqueEmail(), HASH);

        assertThat(logins.complete(pending)).isTrue();

        assertThat(logins.customerId(pending.username())).contains(pending.customerId());
    }

    @Test
    void canLeaveNoLoginBehindWhenTheRegistrationIsRefused() {
        BuyerLogins.Pending pending = logins.begin(uniqueEmail(), HASH);

        logins.abandon(pending);

        assertThat(rows(pending.username())).isZero();
    }

    @Test
    void cannotBeginASecondSignUpWhileOneIsInFlight() {
        String email = uniqueEmail();
        logins.begin(email, HASH);

        assertThatThrownBy(() -> logins.begin(email.toUpperCase(), HASH))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
    }

    @Test
    void canResumeASignUpWithoutAnAnswerWithTheSameCustomerId() {
        String email = uniqueEmail();
        BuyerLogins.Pending first = logins.begin(email, HASH);
        logins.release(first);

        BuyerLogins.Pending second = logins.begin(email, HASH);

        assertThat(second.customerId()).isEqualTo(first.customerId());
        assertThat(second.resumed()).isTrue();
        assertThat(logins.complete(first)).as("the first sign-up no longer owns the login").isFalse();
        assertThat(logins.complete(second)).isTrue();
    }

    @Test
    void cannotBeginASignUpForAnAddressThatHasALogin() {
        String email = uniqueEmail();
        logins.complete(logins.begin(email, HASH));

        assertThatThrownBy(() -> logins.begin(email, HASH))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.EMAIL_ALREADY_REGISTERED));
    }

    private int rows(String username) {
        Integer count = jdbc.queryForObject("select count(*) from users where username = ?", Integer.class, username);
        return count == null ? 0 : count;
    }

    private static String uniqueEmail() {
        return "login." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
