package com.forecourt.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.testing.Buyers;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.LoopbackHttp;
import com.forecourt.testing.Shop;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.client.WebSocketGraphQlClientInterceptor;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Stream;

import static com.forecourt.testing.TestOrders.aCustomer;
import static com.forecourt.testing.TestOrders.anAddress;
import static com.forecourt.testing.TestOrders.anOrder;
import static com.forecourt.testing.TestOrders.newId;
import static com.forecourt.testing.TestOrders.uniqueDeliveryDate;
import static com.forecourt.testing.TestVehicles.aGolf;
import static com.forecourt.testing.TestVehicles.uniqueVin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call what: every field of Query, Mutation and Subscription, called by an anonymous client, two buyers (A
 * and B, with tokens from the real authorization code flow), STAFF and ADMIN (HTTP Basic). Each cell is ALLOWED,
 * UNAUTHENTICATED or FORBIDDEN; the data of the "own" fields is buyer A's, so B is refused it. A refused mutation
 * stores no event for its target. The rows are checked against the served schema, so a new field without a row
 * fails here until someone decides who may call it.
 */
class AuthorizationMatrixIntegrationTest extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String NO_SUCH_PROJECTION = "no-such-projection";
    /** A well-formed photo id no car has, so that an allowed photo mutation changes nothing. */
    private static final String NO_SUCH_PHOTO = "0".repeat(64);
    private static final String CREDIT = "mutation L($id: ID!, $limit: Int!) { changeCreditLimit(customerId: $id,"
            + " creditLimitPence: $limit) }";

    /** The callers, in the order of each row's expectations. */
    enum Who { ANONYMOUS, CUSTOMER_A, CUSTOMER_B, STAFF, ADMIN }

    enum Outcome { ALLOWED, UNAUTHENTICATED, FORBIDDEN }

    private static final Outcome A = Outcome.ALLOWED;
    private static final Outcome U = Outcome.UNAUTHENTICATED;
    private static final Outcome F = Outcome.FORBIDDEN;

    /**
     * One call: the document, its variables, the aggregate a mutation targets (null when none) and the business
     * codes an allowed call may answer with (a call that passed authorisation and reached its resolver).
     */
    record Call(String document, Map<String, Object> variables, String target, Set<String> businessCodes) {
        static Call of(String document) {
            return new Call(document, Map.of(), null, Set.of());
        }

        Call with(String name, Object value) {
            Map<String, Object> all = new LinkedHashMap<>(variables);
            all.put(name, value);
            return new Call(document, all, target, businessCodes);
        }

        Call targeting(String aggregateId) {
            return new Call(document, variables, aggregateId, businessCodes);
        }

        Call accepting(String... codes) {
            return new Call(document, variables, target, Set.of(codes));
        }
    }

    record Row(String coordinate, Function<Who, Call> call, List<Outcome> expected) {
    }

    @Autowired
    private GraphQlSource graphQlSource;

    private static Fixture fixture;

    /** What the rows act on: two buyers and their tokens, A's order, a car and a delivery day. */
    private record Fixture(Buyers.Buyer a, String tokenA, Buyers.Buyer b, String tokenB, String orderOfA, String car,
                           LocalDate day) {
    }

    private Fixture fixture() {
        if (fixture == null) {
            Buyers buyers = new Buyers(port);
            Buyers.Buyer a = buyers.signUp();
            Buyers.Buyer b = buyers.signUp();
            Shop shop = new Shop(staff());
            String car = shop.vehicle("Skoda", "Octavia", 1_200_000);
            LocalDate day = shop.deliveryDay(50);
            // A places and cancels many orders here; the credit of a new buyer would run out
            staff().document(CREDIT).variable("id", a.customerId()).variable("limit", 100_000_000).execute()
                    .path("changeCreditLimit").hasValue();
            String order = settledOrderOf(a.customerId());
            fixture = new Fixture(a, buyers.signIn(a).accessToken(), b, buyers.signIn(b).accessToken(), order, car, day);
        }
        return fixture;
    }

    private List<Row> rows() {
        Fixture f = fixture();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return List.of(
                // the catalogue and what buyers need before signing in
                row("Query.vehicle", who -> Call.of("query Q($vin: ID!) { vehicle(vin: $vin) { vin } }")
                        .with("vin", f.car()), A, A, A, A, A),
                row("Query.searchVehicles", who -> Call.of("{ searchVehicles(first: 1) { total } }"), A, A, A, A, A),
                row("Query.suggestVehicles", who -> Call.of("{ suggestVehicles(prefix: \"Sk\") }"), A, A, A, A, A),
                row("Query.availableDeliveryDates", who -> Call.of("query Q($from: Date!, $to: Date!) {"
                                + " availableDeliveryDates(from: $from, to: $to) { date freeSlots } }")
                        .with("from", today.toString()).with("to", today.plusDays(59).toString()), A, A, A, A, A),
                row("Mutation.signUp", who -> Call.of(Buyers.SIGN_UP)
                        .with("input", Buyers.anApplication("a long pass phrase 42")), A, A, A, A, A),
                // a buyer's own data
                row("Query.me", who -> Call.of("{ me { id } }"), U, A, A, F, F),
                row("Query.order", who -> Call.of("query Q($id: ID!) { order(id: $id) { id status } }")
                        .with("id", f.orderOfA()), U, A, F, A, A),
                row("Mutation.placeOrder", who -> {
                    String id = newId();
                    return Call.of(Shop.PLACE).with("input", anOrder(id, f.a().customerId(), f.car(), f.day()))
                            .targeting(id);
                }, U, A, F, A, A),
                row("Mutation.cancelOrder", who -> {
                    String order = settledOrderOf(f.a().customerId());
                    return Call.of("mutation C($id: ID!) { cancelOrder(orderId: $id, reason: \"Changed my mind\") }")
                            .with("id", order).targeting(order);
                }, U, A, F, A, A),
                row("Subscription.orderStatusChanged", who -> Call.of(
                                "subscription S($id: ID!) { orderStatusChanged(orderId: $id) { id status } }")
                        .with("id", f.orderOfA()), U, A, F, A, A),
                // staff
                row("Query.customer", who -> Call.of("query Q($id: ID!) { customer(id: $id) { id } }")
                        .with("id", f.a().customerId()), U, F, F, A, A),
                row("Query.orders", who -> Call.of("{ orders(first: 1) { totalCount } }"), U, F, F, A, A),
                row("Query.deliverySchedule", who -> Call.of("query Q($from: Date!, $to: Date!) {"
                                + " deliverySchedule(from: $from, to: $to) { date booked } }")
                        .with("from", f.day().toString()).with("to", f.day().toString()), U, F, F, A, A),
                row("Mutation.listVehicle", who -> {
                    String vin = uniqueVin();
                    return Call.of(Shop.LIST).with("input", aGolf(vin)).targeting(vin);
                }, U, F, F, A, A),
                row("Mutation.changeVehiclePrice", who -> Call.of(
                                "mutation P($vin: ID!, $price: Int!) { changeVehiclePrice(vin: $vin, pricePence: $price) }")
                        .with("vin", f.car()).with("price", 1_000_000 + ThreadLocalRandom.current().nextInt(100_000))
                        .targeting(f.car()), U, F, F, A, A),
                row("Mutation.withdrawVehicle", who -> {
                    String vin = new Shop(staff()).vehicle("Skoda", "Fabia", 700_000);
                    return Call.of("mutation W($vin: ID!) { withdrawVehicle(vin: $vin, reason: \"Sold elsewhere\") }")
                            .with("vin", vin).targeting(vin);
                }, U, F, F, A, A),
                row("Mutation.removeVehiclePhoto", who -> Call.of("mutation R($vin: ID!, $id: ID!) {"
                                + " removeVehiclePhoto(vin: $vin, photoId: $id) }")
                        .with("vin", f.car()).with("id", NO_SUCH_PHOTO).targeting(f.car()), U, F, F, A, A),
                row("Mutation.moveVehiclePhoto", who -> Call.of("mutation M($vin: ID!, $id: ID!) {"
                                + " moveVehiclePhoto(vin: $vin, photoId: $id, position: 0) }")
                        .with("vin", f.car()).with("id", NO_SUCH_PHOTO).targeting(f.car())
                        .accepting("PHOTO_NOT_FOUND"), U, F, F, A, A),
                row("Mutation.registerCustomer", who -> {
                    String id = newId();
                    return Call.of(Shop.REGISTER).with("input", aCustomer(id, 100_000)).targeting(id);
                }, U, F, F, A, A),
                row("Mutation.changeCustomerAddress", who -> Call.of(
                                "mutation A($id: ID!, $address: AddressInput!) { changeCustomerAddress(customerId: $id,"
                                        + " address: $address) }")
                        .with("id", f.a().customerId()).with("address", anAddress()).targeting(f.a().customerId()),
                        U, F, F, A, A),
                row("Mutation.changeCreditLimit", who -> Call.of(CREDIT)
                        .with("id", f.a().customerId())
                        .with("limit", 100_000_000 + ThreadLocalRandom.current().nextInt(100_000))
                        .targeting(f.a().customerId()), U, F, F, A, A),
                row("Mutation.openDeliveryDay", who -> {
                    LocalDate date = uniqueDeliveryDate();
                    return Call.of(Shop.OPEN).with("date", date.toString()).with("capacity", 3)
                            .targeting(date.toString());
                }, U, F, F, A, A),
                row("Mutation.markOrderDelivered", who -> {
                    String order = settledOrderOf(f.a().customerId());
                    return Call.of("mutation D($id: ID!) { markOrderDelivered(orderId: $id) }").with("id", order)
                            .targeting(order).accepting("ORDER_NOT_DELIVERABLE");
                }, U, F, F, A, A),
                // administration: an unknown projection, so that an allowed call changes nothing
                row("Query.projections", who -> Call.of("{ projections { name } }"), U, F, F, F, A),
                row("Query.projection", who -> Call.of("{ projection(name: \"delivery-days\") { name } }"),
                        U, F, F, F, A),
                row("Query.deadLetters", who -> Call.of("{ deadLetters(projection: \"delivery-days\") { id } }"),
                        U, F, F, F, A),
                row("Mutation.replayProjection", who -> Call.of("mutation { replayProjection(name: \""
                        + NO_SUCH_PROJECTION + "\") { name } }").accepting("BAD_USER_INPUT"), U, F, F, F, A),
                row("Mutation.rebuildProjection", who -> Call.of("mutation { rebuildProjection(name: \""
                        + NO_SUCH_PROJECTION + "\") { name } }").accepting("BAD_USER_INPUT"), U, F, F, F, A),
                row("Mutation.retryDeadLetters", who -> Call.of("mutation { retryDeadLetters(projection: \""
                        + NO_SUCH_PROJECTION + "\") }").accepting("BAD_USER_INPUT"), U, F, F, F, A),
                row("Mutation.evictDeadLetter", who -> Call.of("mutation { evictDeadLetter(projection: \""
                        + NO_SUCH_PROJECTION + "\", id: \"1\") }").accepting("BAD_USER_INPUT"), U, F, F, F, A));
    }

    @Test
    void canFindARowForEveryRootFieldOfTheServedSchema() {
        GraphQLSchema schema = graphQlSource.schema();
        Set<String> served = new TreeSet<>();
        for (GraphQLObjectType root : new GraphQLObjectType[]{schema.getQueryType(), schema.getMutationType(),
                schema.getSubscriptionType()}) {
            for (GraphQLFieldDefinition field : root.getFieldDefinitions()) {
                served.add(root.getName() + "." + field.getName());
            }
        }

        Set<String> covered = new TreeSet<>(rows().stream().map(Row::coordinate).toList());

        assertThat(covered).isEqualTo(served);
    }

    @TestFactory
    Stream<DynamicTest> canCallEachFieldOnlyAsTheMatrixSays() {
        return rows().stream().flatMap(row -> Stream.of(Who.values()).map(who -> {
            Outcome expected = row.expected().get(who.ordinal());
            String name = (expected == Outcome.ALLOWED ? "can call " : "cannot call ") + row.coordinate() + " as "
                    + who + (expected == Outcome.ALLOWED ? "" : " (" + expected + ")");
            return DynamicTest.dynamicTest(name, () -> check(row, who, expected));
        }));
    }

    private void check(Row row, Who who, Outcome expected) {
        Call call = row.call().apply(who);
        int eventsBefore = call.target() == null ? 0 : eventsFor(call.target());

        List<String> codes = row.coordinate().startsWith("Subscription.") ? subscribe(call, who) : post(call, who);

        if (expected == Outcome.ALLOWED) {
            assertThat(codes).as("%s as %s", row.coordinate(), who).allMatch(call.businessCodes()::contains);
        } else {
            assertThat(codes).as("%s as %s", row.coordinate(), who).containsExactly(expected.name());
            if (call.target() != null) {
                assertThat(eventsFor(call.target())).as("events of the target").isEqualTo(eventsBefore);
            }
        }
    }

    /** The call over HTTP, from a loopback address of its own (so per-address limits never interfere). */
    private List<String> post(Call call, Who who) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", call.document(), "variables", call.variables()));
            String[] headers = authorization(who).map(value -> new String[]{"Authorization: " + value})
                    .orElse(new String[0]);
            LoopbackHttp.Response response = new LoopbackHttp(Buyers.freshAddress(), port).postGraphql(body, headers);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode answer = JSON.readTree(response.body());
            List<String> codes = new ArrayList<>();
            answer.path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asText()));
            if (codes.isEmpty()) {
                assertThat(answer.path("data").isObject()).as(response.body()).isTrue();
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The call over the WebSocket (graphql-transport-ws), credentials in connection_init; the first message. */
    private List<String> subscribe(Call call, Who who) {
        WebSocketGraphQlClient.Builder<?> builder = WebSocketGraphQlClient.builder("ws://127.0.0.1:" + port + "/graphql",
                new StandardWebSocketClient());
        authorization(who).ifPresent(value -> builder.interceptor(new WebSocketGraphQlClientInterceptor() {
            @Override
            public Mono<Object> connectionInitPayload() {
                return Mono.just(Map.of("Authorization", value));
            }
        }));
        WebSocketGraphQlClient client = builder.build();
        try {
            return client.document(call.document()).variables(call.variables()).executeSubscription()
                    .map(response -> {
                        if (response.getErrors().isEmpty()) {
                            Object id = response.field("orderStatusChanged.id").getValue();
                            assertThat(id).isNotNull();
                        }
                        return codes(response.getErrors());
                    })
                    .onErrorResume(SubscriptionErrorException.class, e -> Mono.just(codes(e.getErrors())))
                    .blockFirst(TIMEOUT);
        } finally {
            client.stop().block(TIMEOUT);
        }
    }

    private java.util.Optional<String> authorization(Who who) {
        return java.util.Optional.ofNullable(switch (who) {
            case ANONYMOUS -> null;
            case CUSTOMER_A -> "Bearer " + fixture().tokenA();
            case CUSTOMER_B -> "Bearer " + fixture().tokenB();
            case STAFF -> basic("staff", "staff");
            case ADMIN -> basic("admin", "admin");
        });
    }

    /** An order of this customer, placed by staff, that the checkout has decided and the read model shows. */
    private String settledOrderOf(String customerId) {
        Shop shop = new Shop(staff());
        String order = shop.order(customerId, shop.vehicle("Skoda", "Kamiq", 900_000), shop.deliveryDay(2));
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff()
                .document("query O($id: ID!) { order(id: $id) { status } }").variable("id", order).execute()
                .path("order.status").entity(String.class).isEqualTo("CONFIRMED"));
        return order;
    }

    private static Row row(String coordinate, Function<Who, Call> call, Outcome anonymous, Outcome customerA,
                           Outcome customerB, Outcome staff, Outcome admin) {
        return new Row(coordinate, call, List.of(anonymous, customerA, customerB, staff, admin));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> codes(List<ResponseError> errors) {
        return errors.stream().map(error -> String.valueOf(error.getExtensions().get("code"))).toList();
    }
}
