package com.forecourt.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.forecourt.testing.RawGraphql;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import com.forecourt.testing.TestOrders;
import com.forecourt.testing.TestVehicles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.graphql.ResponseError;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The failing inputs of issue 11, each as a test, and every class of bad input sent over HTTP: each is refused with
 * a client code, never INTERNAL, with a message that holds no class name, SQL or library text, and stores nothing.
 */
class BadInputIntegrationTest extends IntegrationTestSupport {

    /** What must never appear in a message a client reads. */
    static final Pattern LEAK = Pattern.compile("Exception|java\\.|javax\\.|jakarta\\.|org\\.|com\\.forecourt|"
            + "graphql\\.|\\bSQL|ERROR:|PSQL|\\tat |\\{value=|IntValue|StringValue|BigInteger|Elasticsearch|"
            + "postgres|hibernate|axon", Pattern.CASE_INSENSITIVE);

    private static final String SEARCH = """
            query S($q: String, $after: String, $sort: VehicleSort) {
              searchVehicles(query: $q, after: $after, sort: $sort, first: 5) {
                total hits { vehicle { vin } highlights } pageInfo { hasNextPage endCursor } } }""";
    private static final String FIND = "query F($vin: ID!) { vehicle(vin: $vin) { vin make } }";

    @Test
    void cannotListAVehicleWithAControlCharacterInItsMakeAndLaterCarsStaySearchable() {
        String refused = TestVehicles.uniqueVin();
        String later = TestVehicles.uniqueVin();

        List<ResponseError> errors = errorsOf(Shop.LIST, Map.of("input",
                TestVehicles.with(TestVehicles.aGolf(refused), "make", "Uni\u001Fsep")));

        assertThat(codes(errors)).containsExactly("BAD_USER_INPUT");
        assertThat(eventsFor(refused)).isZero();
        new Shop(staff()).execute(Shop.LIST, Map.of("input", TestVehicles.listing(later, "Unisep", "Roadster", null,
                1_000_000, "Later car", List.of()))).errors().verify();
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(graphql().document(SEARCH).variable("q", "unisep roadster").execute()
                        .path("searchVehicles.hits[*].vehicle.vin").entityList(String.class).get()).contains(later));
    }

    @Test
    void cannotOpenADeliveryDayThatDoesNotExist() {
        List<ResponseError> errors = errorsOf(Shop.OPEN, Map.of("date", "2061-02-30", "capacity", 3));

        assertThat(codes(errors)).containsExactly("BAD_USER_INPUT");
        assertThat(errors.get(0).getMessage()).contains("yyyy-MM-dd");
        assertThat(eventsFor("2061-02-28")).isZero();
    }

    @Test
    void cannotAskForTheScheduleOfTheTwentyNinthOfFebruaryInACommonYear() {
        List<ResponseError> errors = errorsOf("query S($from: Date!, $to: Date!) { deliverySchedule(from: $from, "
                + "to: $to) { date } }", Map.of("from", "2061-02-29", "to", "2061-03-01"));

        assertThat(codes(errors)).containsExactly("BAD_USER_INPUT");
    }

    @Test
    void cannotPageSearchWithACursorThatDecodesToAHugeOffset() {
        String offsetCursor = base64("offset:2147483647");

        List<ResponseError> errors = new ArrayList<>();
        graphql().document(SEARCH).variable("after", offsetCursor).execute().errors().satisfy(errors::addAll);

        assertThat(codes(errors)).containsExactly("BAD_USER_INPUT");
    }

    @Test
    void cannotPageSearchWithATamperedOrForeignCursor() {
        for (String cursor : List.of(base64("vehicles.v1:PRICE_ASC:-1:WVWZZZ1KZAW000001"),
                base64("vehicles.v1:PRICE_ASC:1e400:WVWZZZ1KZAW000001"),
                base64("vehicles.v1:PRICE_ASC:NaN:WVWZZZ1KZAW000001"),
                base64("vehicles.v1:PRICE_ASC:100:'; drop table x"),
                base64("vehicles.v1:RELEVANCE:1.0:WVWZZZ1KZAW000001"),
                base64("vehicles.v2:PRICE_ASC:100:WVWZZZ1KZAW000001"),
                base64("orders.v1:1:0:6f1c2f0e-0b8e-4c8e-9a57-0d7a4b2d9f10"), "!!notbase64!!")) {
            graphql().document(SEARCH).variable("after", cursor).variable("sort", "PRICE_ASC").execute()
                    .errors().satisfy(errors -> assertThat(codes(errors)).as(cursor).containsExactly("BAD_USER_INPUT"));
        }
    }

    @Test
    void cannotRegisterACustomerWithANulByteInTheirEmail() {
        String id = TestOrders.newId();
        Map<String, Object> input = new java.util.LinkedHashMap<>(TestOrders.aCustomer(id, 100_000));
        input.put("email", "ada\u0000@example.com");

        List<ResponseError> errors = errorsOf(Shop.REGISTER, Map.of("input", input));

        assertThat(codes(errors)).containsExactly("INVALID_EMAIL");
        assertThat(eventsFor(id)).isZero();
    }

    @Test
    void cannotAddressAnOrderByAShortenedUuid() {
        List<ResponseError> errors = errorsOf("query O($id: ID!) { order(id: $id) { id } }", Map.of("id", "1-1-1-1-1"));

        assertThat(codes(errors)).containsExactly("BAD_USER_INPUT");
        assertThat(errors.get(0).getMessage()).contains("UUID");
    }

    @Test
    void cannotPlaceAnOrderForACustomerNamedByAShortenedUuid() {
        Shop shop = new Shop(staff());
        LocalDate day = shop.deliveryDay(2);
        String order = TestOrders.newId();

        List<ResponseError> errors = errorsOf(Shop.PLACE, Map.of("input",
                TestOrders.anOrder(order, "1-1-1-1-1", TestVehicles.uniqueVin(), day)));

        assertThat(codes(errors)).containsExactly("BAD_USER_INPUT");
        assertThat(errors.get(0).getMessage()).contains("UUID");
        assertThat(eventsFor(order)).isZero();
    }

    @Test
    void cannotPlaceAnOrderForACarThatWasNeverListed() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(5_000_000);
        LocalDate day = shop.deliveryDay(2);
        String order = TestOrders.newId();

        List<ResponseError> errors = errorsOf(Shop.PLACE, Map.of("input",
                TestOrders.anOrder(order, customer, TestVehicles.uniqueVin(), day)));

        assertThat(codes(errors)).containsExactly("VEHICLE_NOT_FOUND");
        assertThat(eventsFor(order)).isZero();
        staff().document("query O($id: ID!) { order(id: $id) { id vehicle { vin } } }").variable("id", order)
                .execute().errors().verify().path("order").valueIsNull();
    }

    @Test
    void canSeeHighlightsWithTheDescriptionsMarkupEscaped() {
        String vin = TestVehicles.uniqueVin();
        new Shop(staff()).execute(Shop.LIST, Map.of("input", TestVehicles.listing(vin, "Volkswagen", "Polo", null,
                900_000, "Zebrastripe <img src=x onerror=alert(1)> & \"quoted\"", List.of()))).errors().verify();

        await().ignoreExceptions().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            List<String> highlights = graphql().document(SEARCH).variable("q", "zebrastripe").execute()
                    .path("searchVehicles.hits[0].highlights").entityList(String.class).get();
            assertThat(highlights).singleElement().asString()
                    .contains("<em>Zebrastripe</em>")
                    .contains("&lt;img src=x onerror=alert(1)&gt;")
                    .doesNotContain("<img");
        });
    }

    /** Requests that break the rules in every way a client can, each with the codes it may get. */
    static Stream<Arguments> badRequests() {
        String vin = "WVWZZZ1KZAW000001";
        String ok = "{\"query\":\"{ vehicle(vin: \\\"" + vin + "\\\") { vin } }\"}";
        return Stream.of(
                Arguments.of("malformed JSON", "{\"query\": \"{ vehicle(vin: ", "application/json"),
                Arguments.of("JSON that is not an object", "[1, 2]", "application/json"),
                Arguments.of("no query", "{\"variables\": {}}", "application/json"),
                Arguments.of("query not a string", "{\"query\": 42}", "application/json"),
                Arguments.of("variables not an object", "{\"query\": \"{ __typename }\", \"variables\": [1]}",
                        "application/json"),
                Arguments.of("wrong content type", ok, "text/plain"),
                Arguments.of("syntax error", "{\"query\": \"{ vehicle(vin: }\"}", "application/json"),
                Arguments.of("unknown field", "{\"query\": \"{ nope }\"}", "application/json"),
                Arguments.of("unknown operation name", "{\"query\": \"query A { __typename }\", "
                        + "\"operationName\": \"B\"}", "application/json"),
                Arguments.of("two operations without a name", "{\"query\": \"query A { __typename } "
                        + "query B { __typename }\"}", "application/json"),
                Arguments.of("Int out of range", "{\"query\": \"{ searchVehicles(first: 99999999999) { total } }\"}",
                        "application/json"),
                Arguments.of("Int variable out of range", "{\"query\": \"query Q($f: Int) { searchVehicles(first: $f)"
                        + " { total } }\", \"variables\": {\"f\": 1e30}}", "application/json"),
                Arguments.of("negative page", "{\"query\": \"{ searchVehicles(first: -1) { total } }\"}",
                        "application/json"),
                Arguments.of("page too large", "{\"query\": \"{ searchVehicles(first: 1000) { total } }\"}",
                        "application/json"),
                Arguments.of("unknown enum value", "{\"query\": \"{ searchVehicles(sort: CHEAPEST) { total } }\"}",
                        "application/json"),
                Arguments.of("unknown enum variable", "{\"query\": \"query Q($s: VehicleSort) { searchVehicles(sort:"
                        + " $s) { total } }\", \"variables\": {\"s\": \"CHEAPEST\"}}", "application/json"),
                Arguments.of("missing required variable", "{\"query\": \"query Q($v: ID!) { vehicle(vin: $v) "
                        + "{ vin } }\"}", "application/json"),
                Arguments.of("null for a non-null variable", "{\"query\": \"query Q($v: ID!) { vehicle(vin: $v) "
                        + "{ vin } }\", \"variables\": {\"v\": null}}", "application/json"),
                Arguments.of("date rolled over", "{\"query\": \"{ deliverySchedule(from: \\\"2061-02-29\\\", to: "
                        + "\\\"2061-03-01\\\") { date } }\"}", "application/json"),
                Arguments.of("date variable of another shape", "{\"query\": \"query Q($d: Date!) { deliverySchedule"
                        + "(from: $d, to: $d) { date } }\", \"variables\": {\"d\": \"01/03/2061\"}}", "application/json"),
                Arguments.of("date out of range", "{\"query\": \"{ deliverySchedule(from: \\\"0001-01-01\\\", to: "
                        + "\\\"0001-01-02\\\") { date } }\"}", "application/json"),
                Arguments.of("date as a number", "{\"query\": \"query Q($d: Date!) { deliverySchedule(from: $d, "
                        + "to: $d) { date } }\", \"variables\": {\"d\": 20610301}}", "application/json"),
                Arguments.of("date range reversed", "{\"query\": \"{ deliverySchedule(from: \\\"2061-03-02\\\", to: "
                        + "\\\"2061-03-01\\\") { date } }\"}", "application/json"),
                Arguments.of("VIN with a NUL", "{\"query\": \"query Q($v: ID!) { vehicle(vin: $v) { vin } }\", "
                        + "\"variables\": {\"v\": \"WVWZZZ1KZAW00000\\u0000\"}}", "application/json"),
                Arguments.of("malformed VIN", "{\"query\": \"{ vehicle(vin: \\\"nope\\\") { vin } }\"}",
                        "application/json"),
                Arguments.of("order filter VIN with a NUL", "{\"query\": \"query Q($v: ID) { orders(filter: {vin: $v})"
                        + " { totalCount } }\", \"variables\": {\"v\": \"\\u0000\"}}", "application/json"),
                Arguments.of("shortened UUID", "{\"query\": \"{ order(id: \\\"1-1-1-1-1\\\") { id } }\"}",
                        "application/json"),
                Arguments.of("UUID with a NUL", "{\"query\": \"query Q($i: ID!) { customer(id: $i) { id } }\", "
                        + "\"variables\": {\"i\": \"\\u0000\"}}", "application/json"),
                Arguments.of("search text with a NUL", "{\"query\": \"query Q($q: String) { searchVehicles(query: $q)"
                        + " { total } }\", \"variables\": {\"q\": \"golf\\u0000\"}}", "application/json"),
                Arguments.of("search text with a lone surrogate", "{\"query\": \"query Q($q: String) { searchVehicles"
                        + "(query: $q) { total } }\", \"variables\": {\"q\": \"golf\\ud800\"}}", "application/json"),
                Arguments.of("search text too long", "{\"query\": \"query Q($q: String) { searchVehicles(query: $q)"
                        + " { total } }\", \"variables\": {\"q\": \"" + "a".repeat(201) + "\"}}", "application/json"),
                Arguments.of("suggestion prefix with a unit separator", "{\"query\": \"query Q($p: String!) { "
                        + "suggestVehicles(prefix: $p) }\", \"variables\": {\"p\": \"vo\\u001f\"}}", "application/json"),
                Arguments.of("filter make with a NUL", "{\"query\": \"query Q($m: String!) { searchVehicles(filter: "
                        + "{make: [$m]}) { total } }\", \"variables\": {\"m\": \"\\u0000\"}}", "application/json"),
                Arguments.of("order cursor out of range", "{\"query\": \"query Q($a: String) { orders(after: $a) "
                        + "{ totalCount } }\", \"variables\": {\"a\": \"" + base64("orders.v1:999999999999999:0:"
                        + "6f1c2f0e-0b8e-4c8e-9a57-0d7a4b2d9f10") + "\"}}", "application/json"),
                Arguments.of("order cursor with bad nanos", "{\"query\": \"query Q($a: String) { orders(after: $a) "
                        + "{ totalCount } }\", \"variables\": {\"a\": \"" + base64("orders.v1:1700000000:-5:"
                        + "6f1c2f0e-0b8e-4c8e-9a57-0d7a4b2d9f10") + "\"}}", "application/json"),
                Arguments.of("list a car with a lone surrogate in its model", "{\"query\": \"mutation L($i: "
                        + "ListVehicleInput!) { listVehicle(input: $i) }\", \"variables\": {\"i\": " + listing(
                        "\\ud83d") + "}}", "application/json"),
                Arguments.of("withdraw with a NUL reason", "{\"query\": \"mutation { withdrawVehicle(vin: \\\"" + vin
                        + "\\\", reason: \\\"a\\\\u0000b\\\") }\"}", "application/json"),
                Arguments.of("change the price of a car with a malformed VIN", "{\"query\": \"mutation { "
                        + "changeVehiclePrice(vin: \\\"x\\\\u0000\\\", pricePence: 100) }\"}", "application/json"),
                Arguments.of("register with a postcode outside the UK", "{\"query\": \"mutation R($i: "
                        + "RegisterCustomerInput!) { registerCustomer(input: $i) }\", \"variables\": {\"i\": {"
                        + "\"id\": \"6f1c2f0e-0b8e-4c8e-9a57-0d7a4b2d9f11\", \"name\": \"Ada\", \"email\": "
                        + "\"ada.postcode@example.com\", \"address\": {\"line1\": \"1 Rue\", \"town\": \"Paris\", "
                        + "\"postcode\": \"75001\"}, \"creditLimitPence\": 1}}}", "application/json"),
                Arguments.of("cancel an order with a blank reason", "{\"query\": \"mutation { cancelOrder(orderId: "
                        + "\\\"6f1c2f0e-0b8e-4c8e-9a57-0d7a4b2d9f12\\\", reason: \\\" \\\") }\"}", "application/json"),
                Arguments.of("open a day in year 10000", "{\"query\": \"mutation { openDeliveryDay(date: "
                        + "\\\"+10000-01-01\\\", capacity: 1) }\"}", "application/json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void cannotCauseAServerFaultOrLeakInternalsWithBadInput(String what, String body, String contentType) {
        RawGraphql.Answer answer = new RawGraphql(port).post(body, contentType, true);

        assertThat(answer.status()).as(what + ": " + answer.text()).isBetween(200, 499);
        assertThat(answer.text()).as(what).doesNotContain("INTERNAL");
        List<String> messages = messages(answer.body());
        assertThat(messages).as(what + ": " + answer.text()).isNotEmpty();
        messages.forEach(message -> assertThat(LEAK.matcher(message).find()).as(what + ": " + message).isFalse());
        List<String> codes = codes(answer.body());
        assertThat(codes).as(what + ": " + answer.text()).isNotEmpty().doesNotContain("INTERNAL", "null");
    }

    private static String listing(String model) {
        return "{\"vin\": \"WVWZZZ1KZAW000009\", \"make\": \"VW\", \"model\": \"" + model + "\", \"year\": 2021, "
                + "\"mileage\": 1, \"fuelType\": \"PETROL\", \"transmission\": \"MANUAL\", \"bodyType\": \"Hatch\", "
                + "\"colour\": \"Red\", \"pricePence\": 100, \"description\": \"\"}";
    }

    private List<ResponseError> errorsOf(String document, Map<String, Object> variables) {
        List<ResponseError> errors = new ArrayList<>();
        new Shop(staff()).execute(document, variables).errors().satisfy(errors::addAll);
        errors.forEach(error -> assertThat(LEAK.matcher(error.getMessage()).find()).as(error.getMessage()).isFalse());
        return errors;
    }

    private static List<Object> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> error.getExtensions().get("code")).toList();
    }

    private static List<String> messages(JsonNode body) {
        List<String> messages = new ArrayList<>();
        if (body != null) {
            body.path("errors").forEach(error -> messages.add(error.path("message").asText()));
        }
        return messages;
    }

    private static List<String> codes(JsonNode body) {
        List<String> codes = new ArrayList<>();
        if (body != null) {
            body.path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asText("null")));
        }
        return codes;
    }

    static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
