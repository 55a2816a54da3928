package com.forecourt.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.testing.Buyers;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.LoopbackHttp;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Buyers sign in with OpenID Connect at the embedded provider: the discovery document, the authorization code flow
 * with PKCE from a browser's point of view (Buyers), the claims of the tokens, and the sign-in page's refusals.
 */
class OpenIdConnectIntegrationTest extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void canDiscoverTheProvider() throws IOException {
        Buyers buyers = new Buyers(port);

        HttpResponse<String> response = buyers.browser().get(buyers.base() + "/.well-known/openid-configuration",
                "application/json");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = JSON.readTree(response.body());
        assertThat(discovery.path("issuer").asText()).isEqualTo(buyers.base());
        assertThat(discovery.path("authorization_endpoint").asText()).isEqualTo(buyers.base() + "/oauth2/authorize");
        assertThat(discovery.path("token_endpoint").asText()).isEqualTo(buyers.base() + "/oauth2/token");
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(buyers.base() + "/oauth2/jwks");
        assertThat(values(discovery.path("code_challenge_methods_supported"))).contains("S256");
        assertThat(values(discovery.path("scopes_supported"))).contains("openid");
        assertThat(values(discovery.path("response_types_supported"))).contains("code");
    }

    @Test
    void canSignInWithTheAuthorizationCodeAndPkceAndGetTheRolesAndCustomerIdInTheAccessToken() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();

        Buyers.Tokens tokens = buyers.signIn(buyer);

        JsonNode access = Buyers.claims(tokens.accessToken());
        assertThat(values(access.path("roles"))).containsExactly("CUSTOMER");
        assertThat(access.path("customer_id").asText()).isEqualTo(buyer.customerId());
        assertThat(access.path("sub").asText()).isEqualTo(buyer.customerId());
        assertThat(access.path("iss").asText()).isEqualTo(buyers.base());
        assertThat(tokens.accessToken()).doesNotContain(buyer.email());
        assertThat(Buyers.claims(tokens.idToken()).path("customer_id").asText()).isEqualTo(buyer.customerId());
        assertThat(tokens.response().path("token_type").asText()).isEqualTo("Bearer");
    }

    @Test
    void canReadMyOwnCustomerWithTheAccessToken() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        HttpGraphQlTester me = bearer(buyers.signIn(buyer).accessToken());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> me
                .document("{ me { id email creditLimitPence availableCreditPence } }").execute()
                .path("me.id").entity(String.class).isEqualTo(buyer.customerId())
                .path("me.email").entity(String.class).isEqualTo(buyer.email())
                .path("me.creditLimitPence").entity(Integer.class).isEqualTo(5_000_000));
    }

    @Test
    void canSignInWithTheEmailAddressInAnyCase() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();

        Buyers.Tokens tokens = buyers.signIn(buyer.email().toUpperCase(), buyer.password());

        assertThat(Buyers.claims(tokens.accessToken()).path("customer_id").asText()).isEqualTo(buyer.customerId());
    }

    @Test
    void cannotExchangeACodeWithAnotherVerifier() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        Buyers.Browser browser = buyers.browser();
        String verifier = Buyers.randomText();
        HttpResponse<String> page = browser.followToSignIn(verifier, "state");
        HttpResponse<String> back = browser.get(browser.submitSignIn(page, buyer.email(), buyer.password())
                .headers().firstValue("Location").orElseThrow(), "text/html");
        String code = back.headers().firstValue("Location").orElseThrow().replaceAll(".*[?&]code=([^&]+).*", "$1");

        HttpResponse<String> exchange = browser.post(buyers.base() + "/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", code, "redirect_uri", Buyers.REDIRECT_URI,
                "client_id", Buyers.CLIENT_ID, "code_verifier", Buyers.randomText()));

        assertThat(exchange.statusCode()).isEqualTo(400);
        assertThat(exchange.body()).contains("invalid_grant").doesNotContain("access_token");
    }

    @Test
    void cannotAuthorizeWithoutPkce() {
        Buyers buyers = new Buyers(port);
        String withoutChallenge = buyers.authorizeUrl("x", "state")
                .replace("&code_challenge=x&code_challenge_method=S256", "");

        HttpResponse<String> response = buyers.browser().get(withoutChallenge, "text/html");

        // the provider redirects the error to the client, never to a sign-in page
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow())
                .startsWith(Buyers.REDIRECT_URI).contains("error=invalid_request");
    }

    @Test
    void cannotTellAWrongPasswordFromAnUnknownEmailAddress() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        Buyers.Browser browser = buyers.browser();
        HttpResponse<String> page = browser.followToSignIn(Buyers.randomText(), "state");
        String address = Buyers.freshAddress();

        LoopbackHttp.Response wrongPassword = browser.submitSignInFrom(address, page, buyer.email(), "not the password");
        LoopbackHttp.Response unknownEmail = browser.submitSignInFrom(address, page, "nobody." + buyer.email(),
                "not the password");

        assertThat(wrongPassword.status()).isEqualTo(unknownEmail.status()).isEqualTo(200);
        assertThat(errorOf(wrongPassword.body())).isEqualTo(errorOf(unknownEmail.body()))
                .isEqualTo("The e-mail address or the password is wrong.");
    }

    @Test
    void cannotGuessMorePasswordsOfOneBuyerThanTheLimit() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        Buyers.Browser browser = buyers.browser();
        HttpResponse<String> page = browser.followToSignIn(Buyers.randomText(), "state");
        String address = Buyers.freshAddress();
        for (int i = 0; i < 10; i++) {
            assertThat(browser.submitSignInFrom(address, page, buyer.email(), "guess " + i).status()).isEqualTo(200);
        }

        LoopbackHttp.Response throttled = browser.submitSignInFrom(Buyers.freshAddress(), page, buyer.email(),
                buyer.password());

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().get("retry-after"))).isPositive();
        assertThat(throttled.body()).contains("Too many failed sign-ins");
    }

    @Test
    void canReadTheSignInPageWithoutScriptsUnderAStrictPolicy() {
        Buyers buyers = new Buyers(port);

        HttpResponse<String> page = buyers.browser().get(buyers.base() + "/login", "text/html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain("<script").contains("<label class=\"sign-in__label\" for=\"username\">")
                .contains("autocomplete=\"current-password\"");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'", "frame-ancestors 'none'", "form-action 'self' http://127.0.0.1:*")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    void cannotCallTheApiWithTheSignInSessionCookie() {
        Buyers buyers = new Buyers(port);
        Buyers.Buyer buyer = buyers.signUp();
        Buyers.Browser browser = buyers.browser();
        HttpResponse<String> page = browser.followToSignIn(Buyers.randomText(), "state");
        assertThat(browser.submitSignIn(page, buyer.email(), buyer.password()).statusCode()).isEqualTo(302);

        HttpGraphQlTester withCookie = HttpGraphQlTester.create(WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port + "/graphql").responseTimeout(Duration.ofSeconds(30))
                .defaultHeader("Cookie", browser.cookieHeader()).build());

        withCookie.document("{ me { id } }").execute().errors().satisfy(errors ->
                assertThat(errors).extracting(error -> error.getExtensions().get("code"))
                        .containsExactly("UNAUTHENTICATED"));
    }

    private HttpGraphQlTester bearer(String token) {
        return HttpGraphQlTester.create(WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30)).defaultHeaders(headers -> headers.setBearerAuth(token)).build());
    }

    private static String errorOf(String html) {
        return html.replaceAll("(?s).*<p class=\"sign-in__error\"[^>]*>([^<]*)</p>.*", "$1");
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
