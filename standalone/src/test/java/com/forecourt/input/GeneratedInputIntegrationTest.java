package com.forecourt.input;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.forecourt.testing.RawGraphql;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.TestOrders;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Generated strings through every text field of every mutation, over HTTP, with one invariant: the field is either
 * refused with a client code and nothing is stored, or accepted and returned in its stored spelling (NFC, stripped;
 * restated here independently of the policy) by {@code vehicle}, {@code customer}, {@code order},
 * {@code searchVehicles} and the Elasticsearch document. Afterwards every projection runs, with no lag and no dead
 * letter. Lone surrogates travel as JSON escapes, which JSON allows.
 *
 * <p>The strings come from a seeded generator ({@link GeneratedText}); a failure names its seed, and
 * {@code -Dforecourt.generated.seed=<seed>} replays it.
 */
class GeneratedInputIntegrationTest extends IntegrationTestSupport {

    private static final int VEHICLE_SAMPLES = 70;
    private static final int CUSTOMER_SAMPLES = 50;
    private static final int REASON_SAMPLES = 12;
    private static final List<String> VEHICLE_FIELDS = List.of("make", "model", "variant", "bodyType", "colour",
            "description", "features");
    private static final List<String> CUSTOMER_FIELDS = List.of("name", "email", "line1", "line2", "town", "postcode");
    /** Every character escaped, so a lone surrogate is sent as \\uD800 rather than refused by the writer. */
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    @Autowired
    private ElasticsearchClient elasticsearch;

    private final long seed = Long.getLong("forecourt.generated.seed", System.nanoTime());
    private final GeneratedText generated = new GeneratedText(seed);
    private int refusals;

    /** A value sent, where it went, and what must come back if it was accepted. */
    private record Sample(String field, String sent, String expected, String aggregateId, String make) {
    }

    @Test
    void canRefuseOrStoreUnchangedEveryGeneratedStringThroughEveryMutation() {
        List<Sample> acceptedVehicles = new ArrayList<>();
        for (int i = 0; i < VEHICLE_SAMPLES; i++) {
            listVehicle(VEHICLE_FIELDS.get(i % VEHICLE_FIELDS.size()), i).ifPresent(acceptedVehicles::add);
        }
        List<Sample> acceptedCustomers = new ArrayList<>();
        for (int i = 0; i < CUSTOMER_SAMPLES; i++) {
            registerCustomer(CUSTOMER_FIELDS.get(i % CUSTOMER_FIELDS.size())).ifPresent(acceptedCustomers::add);
        }
        List<Sample> acceptedReasons = new ArrayList<>();
        for (int i = 0; i < REASON_SAMPLES; i++) {
            withdraw(i).ifPresent(acceptedReasons::add);
        }

        int sent = VEHICLE_SAMPLES + CUSTOMER_SAMPLES + REASON_SAMPLES;
        int accepted = acceptedVehicles.size() + acceptedCustomers.size() + acceptedReasons.size();
        assertThat(accepted).as("seed " + seed + ": some generated strings are ordinary text").isPositive();
        assertThat(refusals).as("seed " + seed + ": some generated strings break a rule").isPositive()
                .isEqualTo(sent - accepted);
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            acceptedVehicles.forEach(this::assertVehicleReturnsItUnchanged);
            acceptedCustomers.forEach(this::assertCustomerReturnsItUnchanged);
            acceptedReasons.forEach(this::assertWithdrawalReasonIsStored);
        });
        await().atMost(Duration.ofSeconds(60)).untilAsserted(this::assertEveryProjectionRunsWithoutLagOrDeadLetters);
    }

    private Optional<Sample> listVehicle(String field, int index) {
        String vin = TestVehicles.uniqueVin();
        String make = "Gen" + vin.substring(0, 8).replaceAll("[0-9]", "q").toLowerCase();
        Map<String, Object> input = new LinkedHashMap<>(TestVehicles.listing(vin, make, "Model", null, 1_000_000,
                "Generated", List.of()));
        boolean multiLine = field.equals("description");
        String sent = generated.next(multiLine ? 5_000 : 100);
        input.put(field, field.equals("features") ? List.of(sent) : sent);
        JsonNode answer = post("mutation L($input: ListVehicleInput!) { listVehicle(input: $input) }",
                Map.of("input", input));
        if (refused(answer, "listVehicle " + field, sent)) {
            assertThat(eventsFor(vin)).as(describe(field, sent) + ": nothing stored").isZero();
            return Optional.empty();
        }
        String expected = GeneratedText.stored(sent, multiLine);
        if (field.equals("variant") && expected.isEmpty()) {
            expected = null;
        }
        return Optional.of(new Sample(field, sent, expected, vin,
                field.equals("make") ? expected : make));
    }

    private Optional<Sample> registerCustomer(String field) {
        String id = TestOrders.newId();
        Map<String, Object> input = new LinkedHashMap<>(TestOrders.aCustomer(id, 100_000));
        Map<String, Object> address = new LinkedHashMap<>(TestOrders.anAddress());
        String sent = switch (field) {
            case "email" -> generated.nextInt(3) == 0 ? "ada." + id.substring(0, 8) + "@example.com"
                    : generated.next(5) + "ada." + id.substring(0, 8) + "@example.com" + generated.next(3);
            case "postcode" -> generated.nextInt(2) == 0 ? " sw1a1aa " : generated.next(8);
            default -> generated.next(field.equals("name") ? 200 : 100);
        };
        if (CUSTOMER_FIELDS.indexOf(field) >= 2) {
            address.put(field, sent);
        } else {
            input.put(field, sent);
        }
        input.put("address", address);
        JsonNode answer = post("mutation R($input: RegisterCustomerInput!) { registerCustomer(input: $input) }",
                Map.of("input", input));
        if (refused(answer, "registerCustomer " + field, sent)) {
            assertThat(eventsFor(id)).as(describe(field, sent) + ": nothing stored").isZero();
            return Optional.empty();
        }
        String expected = switch (field) {
            case "postcode" -> "SW1A 1AA";
            case "line2" -> GeneratedText.stored(sent, false).isEmpty() ? null : GeneratedText.stored(sent, false);
            default -> GeneratedText.stored(sent, false);
        };
        return Optional.of(new Sample(field, sent, expected, id, null));
    }

    private Optional<Sample> withdraw(int index) {
        String vin = TestVehicles.uniqueVin();
        JsonNode listed = post("mutation L($input: ListVehicleInput!) { listVehicle(input: $input) }",
                Map.of("input", TestVehicles.aGolf(vin)));
        assertThat(listed.path("errors").isMissingNode()).as(listed.toString()).isTrue();
        String sent = generated.next(500);
        JsonNode answer = post("mutation W($vin: ID!, $reason: String!) { withdrawVehicle(vin: $vin, reason: $reason) }",
                Map.of("vin", vin, "reason", sent));
        if (refused(answer, "withdrawVehicle reason", sent)) {
            assertThat(eventsFor(vin)).as(describe("reason", sent) + ": only the listing stored").isEqualTo(1);
            return Optional.empty();
        }
        return Optional.of(new Sample("reason", sent, GeneratedText.stored(sent, false), vin, null));
    }

    /** Whether the answer is a refusal; a refusal must carry a client code, an acceptance no error at all. */
    private boolean refused(JsonNode answer, String what, String sent) {
        JsonNode errors = answer.path("errors");
        if (errors.isMissingNode() || errors.isEmpty()) {
            return false;
        }
        refusals++;
        errors.forEach(error -> {
            String code = error.path("extensions").path("code").asText("");
            assertThat(code).as(describe(what, sent) + ": " + answer).isNotBlank().isNotEqualTo("INTERNAL");
            assertThat(BadInputIntegrationTest.LEAK.matcher(error.path("message").asText()).find())
                    .as(describe(what, sent) + ": " + answer).isFalse();
        });
        return true;
    }

    private void assertVehicleReturnsItUnchanged(Sample sample) {
        JsonNode vehicle = post("query V($vin: ID!) { vehicle(vin: $vin) { make model variant bodyType colour "
                + "description features } }", Map.of("vin", sample.aggregateId())).path("data").path("vehicle");
        assertThat(value(vehicle, sample.field())).as(describe(sample)).isEqualTo(sample.expected());
        JsonNode hits = post("query S($make: String!) { searchVehicles(filter: {make: [$make]}, sort: NEWEST, first: 100) { hits { "
                + "vehicle { vin make model variant bodyType colour description features } } } }",
                Map.of("make", sample.make())).path("data").path("searchVehicles").path("hits");
        JsonNode hit = null;
        for (JsonNode candidate : hits) {
            if (sample.aggregateId().equals(candidate.path("vehicle").path("vin").asText())) {
                hit = candidate.path("vehicle");
            }
        }
        assertThat(hit).as(describe(sample) + ": found by searchVehicles").isNotNull();
        assertThat(value(hit, sample.field())).as(describe(sample)).isEqualTo(sample.expected());
        assertThat(documentValue(sample)).as(describe(sample) + ": Elasticsearch document").isEqualTo(sample.expected());
    }

    private void assertCustomerReturnsItUnchanged(Sample sample) {
        JsonNode customer = post("query C($id: ID!) { customer(id: $id) { name email address { line1 line2 town "
                + "postcode } } }", Map.of("id", sample.aggregateId())).path("data").path("customer");
        JsonNode holder = CUSTOMER_FIELDS.indexOf(sample.field()) >= 2 ? customer.path("address") : customer;
        assertThat(value(holder, sample.field())).as(describe(sample)).isEqualTo(sample.expected());
    }

    private void assertWithdrawalReasonIsStored(Sample sample) {
        String stored = jdbc.queryForObject("select withdrawal_reason from vehicle_listing where vin = ?", String.class,
                sample.aggregateId());
        assertThat(stored).as(describe(sample)).isEqualTo(sample.expected());
    }

    private void assertEveryProjectionRunsWithoutLagOrDeadLetters() {
        JsonNode projections = post("{ projections { name status lagEvents deadLetters } }", Map.of(), "admin:admin")
                .path("data").path("projections");
        assertThat(projections.size()).isPositive();
        projections.forEach(projection -> {
            assertThat(projection.path("status").asText()).as(projection.toString()).isEqualTo("RUNNING");
            assertThat(projection.path("lagEvents").asLong()).as(projection.toString()).isZero();
            assertThat(projection.path("deadLetters").asInt()).as(projection.toString()).isZero();
        });
    }

    private String documentValue(Sample sample) {
        try {
            @SuppressWarnings("rawtypes")
            Map source = elasticsearch.get(g -> g.index("vehicles").id(sample.aggregateId()), Map.class).source();
            Object value = Objects.requireNonNull(source).get(sample.field());
            return value instanceof List<?> list ? (list.isEmpty() ? null : String.valueOf(list.get(0)))
                    : value == null ? null : value.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String value(JsonNode holder, String field) {
        JsonNode value = holder.path(field);
        if (value.isArray()) {
            return value.isEmpty() ? null : value.get(0).asText();
        }
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private JsonNode post(String document, Map<String, Object> variables) {
        return post(document, variables, "staff:staff");
    }

    private JsonNode post(String document, Map<String, Object> variables, String credentials) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
            RawGraphql.Answer answer = new RawGraphql(port).post(body, "application/json", credentials);
            assertThat(answer.body()).as(answer.text()).isNotNull();
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String describe(Sample sample) {
        return describe(sample.field(), sample.sent()) + " for " + sample.aggregateId();
    }

    private String describe(String what, String sent) {
        StringBuilder codePoints = new StringBuilder();
        sent.codePoints().limit(40).forEach(cp -> codePoints.append(String.format("U+%04X ", cp)));
        return what + " = [" + codePoints.toString().strip() + (sent.length() > 40 ? " …" : "") + "] (seed " + seed
                + ", replay with -Dforecourt.generated.seed=" + seed + ")";
    }
}
