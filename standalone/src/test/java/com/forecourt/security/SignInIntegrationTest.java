package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.LoopbackHttp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guessing passwords is throttled per user name and per client address (application.yml: 10 and 30 failures a
 * minute), and credentials that cannot be verified are refused rather than ignored. The throttled tests come from
 * loopback addresses of their own, so no other test shares their buckets.
 */
class SignInIntegrationTest extends IntegrationTestSupport {

    private static final String SEARCH = "{\"query\":\"{ searchVehicles(first: 1) { total } }\"}";

    @Test
    void cannotGuessMorePasswordsOfOneUserNameThanTheLimit() {
        LoopbackHttp http = new LoopbackHttp("127.0.0.21", port);
        String name = "guessed-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            assertThat(http.postGraphql(SEARCH, basic(name, "guess-" + i)).status()).isEqualTo(401);
        }

        LoopbackHttp.Response throttled = http.postGraphql(SEARCH, basic(name.toUpperCase(), "guess-10"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().get("retry-after"))).isPositive();
        assertThat(throttled.headers().get("content-type")).startsWith("application/json");
        assertThat(throttled.body()).contains("\"code\":\"TOO_MANY_REQUESTS\"").doesNotContain(name);
    }

    @Test
    void cannotGuessMorePasswordsFromOneAddressThanTheLimitEvenForARealUser() {
        LoopbackHttp http = new LoopbackHttp("127.0.0.22", port);
        for (int i = 0; i < 30; i++) {
            assertThat(http.postGraphql(SEARCH, basic("guessed-" + UUID.randomUUID(), "guess")).status())
                    .isEqualTo(401);
        }

        LoopbackHttp.Response throttled = http.postGraphql(SEARCH, basic("staff", "staff"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.body()).contains("\"code\":\"TOO_MANY_REQUESTS\"");
    }

    @Test
    void canSignInOftenWithTheRightPassword() {
        LoopbackHttp http = new LoopbackHttp("127.0.0.23", port);

        for (int i = 0; i < 40; i++) {
            assertThat(http.postGraphql(SEARCH, basic("staff", "staff")).status()).isEqualTo(200);
        }
    }

    @Test
    void cannotSearchWithABearerTokenNoTrustedIssuerSigned() {
        LoopbackHttp.Response response = new LoopbackHttp("127.0.0.1", port)
                .postGraphql(SEARCH, "Authorization: Bearer eyJhbGciOiJub25lIn0.eyJyb2xlcyI6WyJTVEFGRiJdfQ.");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().get("www-authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"").doesNotContain("\"data\"");
    }

    @Test
    void cannotSearchWithCredentialsOfAnUnknownScheme() {
        LoopbackHttp.Response response = new LoopbackHttp("127.0.0.1", port)
                .postGraphql(SEARCH, "Authorization: Digest username=\"staff\"");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).contains("\"code\":\"UNAUTHENTICATED\"");
    }

    private static String basic(String user, String password) {
        return "Authorization: Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
