package com.forecourt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buyers as a browser makes them: {@code signUp} over GraphQL, then the real OpenID Connect authorization code flow
 * with PKCE against the embedded provider (the authorize request, the sign-in page and its form with the CSRF token,
 * the redirect with the code, the token request with the verifier). No token is made any other way.
 *
 * <p>Each sign-up comes from a loopback address of its own (127.10.x.y), so that the per-address sign-up limit
 * of 127.0.0.1, where the other tests come from, is never spent here.
 */
public final class Buyers {

    public static final String CLIENT_ID = "storefront";
    public static final String REDIRECT_URI = "http://127.0.0.1:8080/";
    public static final String SIGN_UP = "mutation S($input: SignUpInput!) { signUp(input: $input) }";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;

    public Buyers(int port) {
        this.port = port;
    }

    /** A signed-up buyer: how they sign in, and their customer id. */
    public record Buyer(String email, String password, String customerId) {
    }

    /** The tokens of one sign-in. */
    public record Tokens(String accessToken, String idToken, JsonNode response) {
    }

    /** A loopback address (127.10.x.y) no other caller of this method in this build was given. */
    public static String freshAddress() {
        int n = NEXT_ADDRESS.getAndIncrement();
        return "127.10." + (n / 250) + "." + (1 + n % 250);
    }

    /** A SignUpInput with a unique e-mail address. */
    public static Map<String, Object> anApplication(String password) {
        String id = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "Grace Hopper " + id);
        input.put("email", "grace." + id + "@example.com");
        input.put("password", password);
        input.put("address", TestOrders.anAddress());
        return input;
    }

    /** Signs a new buyer up from a fresh loopback address and returns them. */
    public Buyer signUp() {
        String password = "a long pass phrase " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> input = anApplication(password);
        JsonNode answer = signUp(input, freshAddress());
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        return new Buyer((String) input.get("email"), password, answer.path("data").path("signUp").asText());
    }

    /** Sends signUp from the given loopback address; returns the GraphQL response. */
    public JsonNode signUp(Map<String, Object> input, String fromAddress) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", SIGN_UP, "variables", Map.of("input", input)));
            LoopbackHttp.Response response = new LoopbackHttp(fromAddress, port).postGraphql(body);
            assertThat(response.status()).isEqualTo(200);
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in through the authorization code flow with PKCE and returns the tokens. */
    public Tokens signIn(Buyer buyer) {
        return signIn(buyer.email(), buyer.password());
    }

    /** Signs in with an e-mail address and password; fails the test if no code comes back. */
    public Tokens signIn(String email, String password) {
        Browser browser = new Browser();
        String verifier = randomText();
        String state = randomText();
        HttpResponse<String> signInPage = browser.followToSignIn(verifier, state);
        HttpResponse<String> afterForm = browser.submitSignIn(signInPage, email, password);
        assertThat(afterForm.statusCode()).as("the sign-in form redirects back to /oauth2/authorize").isEqualTo(302);
        HttpResponse<String> withCode = browser.get(afterForm.headers().firstValue("Location").orElseThrow(), "text/html");
        assertThat(withCode.statusCode()).isEqualTo(302);
        URI redirect = URI.create(withCode.headers().firstValue("Location").orElseThrow());
        assertThat(redirect.toString()).startsWith(REDIRECT_URI);
        Map<String, String> query = parameters(redirect.getRawQuery());
        assertThat(query.get("state")).isEqualTo(state);
        return browser.exchange(query.get("code"), verifier);
    }

    /** A browser with its cookies, on the provider's pages, following no redirect by itself. */
    public final class Browser {

        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        /** The authorize request of the storefront with this PKCE verifier, followed to the sign-in page. */
        public HttpResponse<String> followToSignIn(String verifier, String state) {
            HttpResponse<String> authorize = get(authorizeUrl(challenge(verifier), state), "text/html");
            assertThat(authorize.statusCode()).as("a browser that is not signed in is sent to sign in").isEqualTo(302);
            String location = authorize.headers().firstValue("Location").orElseThrow();
            assertThat(location).endsWith("/login");
            HttpResponse<String> page = get(location, "text/html");
            assertThat(page.statusCode()).isEqualTo(200);
            return page;
        }

        /** Posts the sign-in form of this page. */
        public HttpResponse<String> submitSignIn(HttpResponse<String> page, String email, String password) {
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as("the sign-in page has a CSRF token").isTrue();
            return post(base() + "/login", Map.of("username", email, "password", password, "_csrf", csrf.group(1)));
        }

        /**
         * Posts the sign-in form of this page from another loopback address (with this browser's session cookie),
         * so that failures count against that address only.
         */
        public LoopbackHttp.Response submitSignInFrom(String address, HttpResponse<String> page, String email,
                                                      String password) {
            Matcher csrf = CSRF.matcher(page.body());
            assertThat(csrf.find()).as("the sign-in page has a CSRF token").isTrue();
            String cookie = cookies.getCookieStore().getCookies().stream()
                    .map(stored -> stored.getName() + "=" + stored.getValue()).collect(Collectors.joining("; "));
            String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf="
                    + encode(csrf.group(1));
            return new LoopbackHttp(address, port).postForm("/login", form, "Cookie: " + cookie);
        }

        /** Exchanges a code for tokens at the token endpoint, as a public client with its PKCE verifier. */
        public Tokens exchange(String code, String verifier) {
            HttpResponse<String> response = post(base() + "/oauth2/token", Map.of("grant_type", "authorization_code",
                    "code", code, "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID, "code_verifier", verifier));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            try {
                JsonNode json = JSON.readTree(response.body());
                return new Tokens(json.path("access_token").asText(), json.path("id_token").asText(), json);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The cookies this browser holds, as a Cookie header's value. */
        public String cookieHeader() {
            return cookies.getCookieStore().getCookies().stream()
                    .map(stored -> stored.getName() + "=" + stored.getValue()).collect(Collectors.joining("; "));
        }

        public HttpResponse<String> get(String url, String accept) {
            return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
        }

        public HttpResponse<String> post(String url, Map<String, String> form) {
            String body = form.entrySet().stream()
                    .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html,application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            try {
                return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The storefront's authorize request. */
    public String authorizeUrl(String challenge, String state) {
        return base() + "/oauth2/authorize?response_type=code&client_id=" + CLIENT_ID
                + "&redirect_uri=" + encode(REDIRECT_URI) + "&scope=" + encode("openid profile")
                + "&state=" + encode(state) + "&code_challenge=" + challenge + "&code_challenge_method=S256";
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    /** A new browser session. */
    public Browser browser() {
        return new Browser();
    }

    /** 32 random bytes, base64url: a PKCE verifier or a state. */
    public static String randomText() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The S256 challenge of a verifier. */
    public static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a JWT, read without checking it (the server checks it; the test reads what it says). */
    public static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(java.net.URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
