package com.forecourt.storefront;

import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the browser is told about every response: the storefront's, the API's, GraphiQL's and errors. */
class SecurityHeadersIntegrationTest extends IntegrationTestSupport {

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static void assertHardened(HttpHeaders headers) {
        assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'",
                "connect-src 'self'");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void canServeTheStorefrontWithAPolicyAllowingOnlyItsOwnImportMap() throws Exception {
        EntityExchangeResult<String> page = http().get().uri("/").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult();

        String html = page.getResponseBody();
        String importMap = html.substring(html.indexOf("<script type=\"importmap\">") + 25, html.indexOf("</script>"));
        String hash = Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(importMap.getBytes(StandardCharsets.UTF_8)));
        assertHardened(page.getResponseHeaders());
        assertThat(page.getResponseHeaders().getFirst("Content-Security-Policy"))
                .contains("script-src 'self' 'sha256-" + hash + "';", "style-src 'self';")
                .doesNotContain("unsafe");
    }

    @Test
    void canServeTheStorefrontAtEveryAddressOfItsScreens() {
        for (String address : new String[]{"/vehicles/WVWZZZAWZLU000001", "/checkout/WVWZZZAWZLU000001", "/orders",
                "/orders/0b7e4a52-2c0a-4f4f-8f7e-3b0c2c1f6a11", "/signup"}) {
            String html = http().get().uri(address).exchange()
                    .expectStatus().isOk()
                    .expectHeader().cacheControl(org.springframework.http.CacheControl.noCache())
                    .expectBody(String.class).returnResult().getResponseBody();

            assertThat(html).as(address).contains("<fc-app>", "/app/main.js");
        }
    }

    @Test
    void canServeTheModulesAndTheirLibrariesFromTheJarAsJavaScript() {
        for (String module : new String[]{"/app/main.js", "/webjars/lit/index.js", "/webjars/lit-html/lit-html.js",
                "/webjars/lit-element/lit-element.js", "/webjars/lit__reactive-element/reactive-element.js",
                "/webjars/graphql-ws/lib/client.mjs", "/vendor/oidc-client-ts/3.5.0/oidc-client-ts.js",
                "/vendor/jwt-decode/4.0.0/index.js"}) {
            EntityExchangeResult<byte[]> response = http().get().uri(module).exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult();

            assertThat(response.getResponseHeaders().getContentType()).as(module).isNotNull();
            assertThat(response.getResponseHeaders().getContentType().toString()).as(module).startsWith("text/javascript");
            assertHardened(response.getResponseHeaders());
        }
    }

    @Test
    void canAnswerTheApiWithTheSameHeaders() {
        EntityExchangeResult<String> response = http().post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ searchVehicles(first: 1) { total } }")).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();

        assertHardened(response.getResponseHeaders());
    }

    @Test
    void canAnswerErrorsWithTheSameHeaders() {
        EntityExchangeResult<String> response = http().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult();

        assertHardened(response.getResponseHeaders());
    }

    @Test
    void canKeepTheStricterPolicyOfTheSignInPage() {
        EntityExchangeResult<String> page = http().get().uri("/login").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();

        String policy = page.getResponseHeaders().getFirst("Content-Security-Policy");
        assertThat(page.getResponseHeaders().get("Content-Security-Policy")).hasSize(1);
        assertThat(policy).startsWith("default-src 'none'").contains("frame-ancestors 'none'").doesNotContain("script-src");
        assertThat(page.getResponseHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.getResponseHeaders().getFirst("Referrer-Policy")).isEqualTo("same-origin");
    }

    @Test
    void canTellThePageToSignInAtThisApplicationByDefault() {
        http().get().uri("/app/config.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.authority").isEmpty()
                .jsonPath("$.clientId").isEqualTo("storefront");
    }

    @Test
    void canServeTheShopsIcon() {
        http().get().uri("/favicon.ico").exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("image/svg+xml");
    }

    @Test
    void canLetGraphiqlStyleItselfButRunNoInlineScript() {
        EntityExchangeResult<String> page = http().get().uri("/graphiql").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();

        String policy = page.getResponseHeaders().getFirst("Content-Security-Policy");
        assertHardened(page.getResponseHeaders());
        assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
                .doesNotContain("unsafe");
        assertThat(page.getResponseBody()).doesNotContain("<style", "<script>");
    }
}
