package com.forecourt.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.forecourt.testing.Buyers;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.forecourt.testing.TestOrders.aCustomer;
import static com.forecourt.testing.TestOrders.newId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signing up registers the customer and creates the login together, or neither; the e-mail address is unique, the
 * password obeys its rules and is nowhere but in its hash, and one address may sign up only so often.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignUpIntegrationTest extends IntegrationTestSupport {

    private static final String PASSWORD = "four random words here";

    @Test
    void canSignUpAndBecomeACustomerWithTheNewCustomersCreditLimit(CapturedOutput output) {
        Map<String, Object> application = Buyers.anApplication(PASSWORD);

        JsonNode answer = new Buyers(port).signUp(application, Buyers.freshAddress());

        String customerId = answer.path("data").path("signUp").asText();
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff()
                .document("query C($id: ID!) { customer(id: $id) { name email creditLimitPence address { postcode } } }")
                .variable("id", customerId).execute()
                .path("customer.email").entity(String.class).isEqualTo(application.get("email"))
                .path("customer.name").entity(String.class).isEqualTo(application.get("name"))
                .path("customer.creditLimitPence").entity(Integer.class).isEqualTo(5_000_000)
                .path("customer.address.postcode").entity(String.class).isEqualTo("NW1 6XE"));
        assertThat(login(application)).isEqualTo(List.of("true " + customerId));
        assertThat(eventsFor(customerId)).isEqualTo(1);
        assertThat(eventPayloads(customerId)).noneMatch(payload -> payload.contains(PASSWORD));
        assertThat(passwordHash(application)).startsWith("{bcrypt}$2a$10$").doesNotContain(PASSWORD);
        assertThat(output.getAll()).doesNotContain(PASSWORD);
    }

    @Test
    void cannotSignUpTwiceWithOneEmailAddressInAnyCase() {
        Buyers buyers = new Buyers(port);
        Map<String, Object> first = Buyers.anApplication(PASSWORD);
        String customerId = buyers.signUp(first, Buyers.freshAddress()).path("data").path("signUp").asText();
        Map<String, Object> second = Buyers.anApplication("another four words");
        second.put("email", ((String) first.get("email")).toUpperCase());

        JsonNode answer = buyers.signUp(second, Buyers.freshAddress());

        assertThat(codes(answer)).containsExactly("EMAIL_ALREADY_REGISTERED");
        assertThat(login(first)).isEqualTo(List.of("true " + customerId));
        assertThat(passwordHash(first)).isNotNull();
    }

    @Test
    void cannotSignUpWithTheEmailAddressOfACustomerStaffRegisteredAndLeavesNoLogin() {
        Map<String, Object> registered = aCustomer(newId(), 100_000);
        staff().document(Shop.REGISTER).variable("input", registered).execute().path("registerCustomer").hasValue();
        Map<String, Object> application = Buyers.anApplication(PASSWORD);
        application.put("email", registered.get("email"));

        JsonNode answer = new Buyers(port).signUp(application, Buyers.freshAddress());

        assertThat(codes(answer)).containsExactly("EMAIL_ALREADY_REGISTERED");
        assertThat(login(application)).isEmpty();
    }

    @Test
    void cannotSignUpWithAWeakPassword() {
        Map<String, Object> application = Buyers.anApplication("short");

        JsonNode answer = new Buyers(port).signUp(application, Buyers.freshAddress());

        assertThat(codes(answer)).containsExactly("WEAK_PASSWORD");
        assertThat(answer.path("errors").get(0).path("message").asText()).contains("input.password")
                .doesNotContain("short");
        assertThat(login(application)).isEmpty();
        assertThat(emailClaims(application)).isZero();
    }

    @Test
    void cannotSignUpWithAnAddressThatIsNotAnEmailAddress() {
        Map<String, Object> application = Buyers.anApplication(PASSWORD);
        application.put("email", "not an address");

        JsonNode answer = new Buyers(port).signUp(application, Buyers.freshAddress());

        assertThat(codes(answer)).containsExactly("INVALID_EMAIL");
    }

    @Test
    void cannotSignUpMoreOftenFromOneAddressThanTheLimit() {
        Buyers buyers = new Buyers(port);
        String address = Buyers.freshAddress();
        for (int i = 0; i < 10; i++) {
            // refused or not, every attempt counts
            assertThat(codes(buyers.signUp(Buyers.anApplication("weak"), address))).containsExactly("WEAK_PASSWORD");
        }
        Map<String, Object> application = Buyers.anApplication(PASSWORD);

        JsonNode answer = buyers.signUp(application, address);

        assertThat(codes(answer)).containsExactly("TOO_MANY_REQUESTS");
        assertThat(login(application)).isEmpty();
    }

    @Test
    void canSignUpFromAnotherAddressWhileOneIsLimited() {
        Buyers buyers = new Buyers(port);
        String limited = Buyers.freshAddress();
        for (int i = 0; i < 11; i++) {
            buyers.signUp(Buyers.anApplication("weak"), limited);
        }

        JsonNode answer = buyers.signUp(Buyers.anApplication(PASSWORD), Buyers.freshAddress());

        assertThat(codes(answer)).isEmpty();
    }

    private List<String> login(Map<String, Object> application) {
        return jdbc.query("select u.enabled, l.customer_id from users u join customer_login l on l.username = u.username"
                        + " where u.username = lower(?)", (row, i) -> row.getBoolean(1) + " " + row.getString(2),
                application.get("email"));
    }

    private String passwordHash(Map<String, Object> application) {
        return jdbc.query("select password from users where username = lower(?)", (row, i) -> row.getString(1),
                application.get("email")).stream().findFirst().orElse(null);
    }

    private int emailClaims(Map<String, Object> application) {
        Integer count = jdbc.queryForObject("select count(*) from customer_email where email_lower = lower(?)",
                Integer.class, application.get("email"));
        return count == null ? 0 : count;
    }

    private List<String> eventPayloads(String aggregateId) {
        return jdbc.query("select payload from domain_event_entry where aggregate_identifier = ?",
                (row, i) -> new String(row.getBytes(1), StandardCharsets.UTF_8), aggregateId);
    }

    private static List<String> codes(JsonNode answer) {
        List<String> codes = new ArrayList<>();
        answer.path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asText()));
        return codes;
    }
}
