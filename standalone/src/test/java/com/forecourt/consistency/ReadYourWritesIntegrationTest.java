package com.forecourt.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.RawGraphql;
import com.forecourt.testing.Shop;
import com.forecourt.testing.TestOrders;
import com.forecourt.testing.TestVehicles;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mutation's answer carries a consistency token; a query that passes it back is answered only from read models that
 * have handled the mutation's events. The read models are held back by stopping their processors, so a query that
 * did not wait would see nothing.
 */
class ReadYourWritesIntegrationTest extends IntegrationTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORDER = "query O($id: ID!) { order(id: $id) { id status customer { id } } }";
    private static final String SEARCH = "query S($q: String) { searchVehicles(query: $q) { hits { vehicle { vin } } } }";

    @Autowired
    private EventProcessingConfiguration processing;

    @Test
    void canSeeAnOrderOnItsPageRightAfterPlacingIt() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(5_000_000);
        String vin = shop.vehicle("Skoda", "Fabia", 700_000);
        LocalDate day = shop.deliveryDay(2);
        String order = TestOrders.newId();
        StreamingEventProcessor orderDetails = processor("order-details");
        orderDetails.shutDown();
        JsonNode placed;
        CompletableFuture<JsonNode> page;
        try {
            placed = post(Shop.PLACE, Map.of("input", TestOrders.anOrder(order, customer, vin, day)), null);
            String token = placed.path("extensions").path("consistencyToken").asText();
            page = CompletableFuture.supplyAsync(() -> post(ORDER, Map.of("id", order), token));
        } finally {
            orderDetails.start();
        }

        JsonNode answer = page.join();

        assertThat(placed.path("data").path("placeOrder").asText()).isEqualTo(order);
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        assertThat(answer.path("data").path("order").path("id").asText()).isEqualTo(order);
        assertThat(answer.path("data").path("order").path("customer").path("id").asText()).isEqualTo(customer);
    }

    @Test
    void canFindANewlyListedCarInSearchRightAfterListingIt() {
        String vin = TestVehicles.uniqueVin();
        String make = "Consistent" + vin.substring(11);

        JsonNode listed = post(Shop.LIST, Map.of("input", TestVehicles.listing(vin, make, "Roadster", null, 900_000,
                "Listed and found at once", List.of())), null);
        JsonNode found = post(SEARCH, Map.of("q", make), listed.path("extensions").path("consistencyToken").asText());

        assertThat(found.path("data").path("searchVehicles").path("hits").findValuesAsText("vin")).containsExactly(vin);
    }

    @Test
    void cannotReadStaleDataWhenTheReadModelStaysBehind() {
        StreamingEventProcessor customers = processor("customer-overview");
        customers.shutDown();
        JsonNode answer;
        try {
            String id = TestOrders.newId();
            JsonNode registered = post(Shop.REGISTER, Map.of("input", TestOrders.aCustomer(id, 1_000)), null);
            answer = post("query C($id: ID!) { customer(id: $id) { id } }", Map.of("id", id),
                    registered.path("extensions").path("consistencyToken").asText());
        } finally {
            customers.start();
        }

        assertThat(answer.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("STALE_READ");
        assertThat(answer.path("errors").path(0).path("extensions").path("retryable").asBoolean()).isTrue();
        assertThat(answer.path("data").path("customer").isNull()).isTrue();
    }

    @Test
    void cannotPassAForgedConsistencyToken() {
        JsonNode answer = post(ORDER, Map.of("id", TestOrders.newId()), "ZXZlbnRzLnYxOjE7IGRyb3A=");

        assertThat(answer.path("errors").path(0).path("extensions").path("code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(answer.path("data").isMissingNode() || answer.path("data").isNull()).isTrue();
    }

    @Test
    void canReadWithoutAConsistencyTokenAsBefore() {
        JsonNode answer = post(ORDER, Map.of("id", TestOrders.newId()), null);

        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        assertThat(answer.path("data").path("order").isNull()).isTrue();
        assertThat(answer.path("extensions").path("consistencyToken").isMissingNode()).isTrue();
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private JsonNode post(String document, Map<String, Object> variables, String consistentWith) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", variables);
        if (consistentWith != null) {
            body.put("extensions", Map.of("consistentWith", consistentWith));
        }
        try {
            RawGraphql.Answer answer = new RawGraphql(port).post(JSON.writeValueAsString(body));
            assertThat(answer.body()).as(answer.text()).isNotNull();
            return answer.body();
        } catch (com.fasterxml.jackson.core.JsonProcessingException unwritable) {
            throw new IllegalStateException(unwritable);
        }
    }
}
