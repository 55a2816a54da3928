package com.forecourt.order;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Orders through the GraphQL API, seen on the order, customer and delivery screens. */
class OrderLifecycleIntegrationTest extends IntegrationTestSupport {

    static final String ORDER = """
            query O($id: ID!) {
              order(id: $id) {
                id status pricePence deliveryDate rejectionReason placedAt
                customer { id name email address { line1 line2 town postcode } creditLimitPence availableCreditPence }
                vehicle { vin make model status }
                timeline { status at detail }
              }
            }
            """;
    static final String CUSTOMER = """
            query C($id: ID!, $first: Int, $after: String) {
              customer(id: $id) {
                name address { line1 line2 town postcode } creditLimitPence availableCreditPence orderCounts { status count }
                orders(first: $first, after: $after) {
                  totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor }
                }
              }
            }
            """;
    static final String SCHEDULE = """
            query S($from: Date!, $to: Date!) {
              deliverySchedule(from: $from, to: $to) { date capacity booked orders { id status } }
            }
            """;
    static final String CANCEL = "mutation C($id: ID!, $r: String!) { cancelOrder(orderId: $id, reason: $r) }";
    static final String DELIVER = "mutation D($id: ID!) { markOrderDelivered(orderId: $id) }";
    static final String CREDIT = "mutation L($id: ID!, $l: Int!) { changeCreditLimit(customerId: $id, creditLimitPence: $l) }";

    @Test
    void anOrderIsConfirmedAndShownOnEveryScreen() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(5_000_000);
        String vin = shop.vehicle("Mazda", "MX-5", 1_800_000);
        LocalDate date = shop.deliveryDay(3);

        String order = shop.order(customer, vin, date);

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var response = staff().document(ORDER).variable("id", order).execute();
            response.path("order.status").entity(String.class).isEqualTo("CONFIRMED");
            response.path("order.pricePence").entity(Integer.class).isEqualTo(1_800_000);
            response.path("order.deliveryDate").entity(String.class).isEqualTo(date.toString());
            response.path("order.customer.id").entity(String.class).isEqualTo(customer);
            response.path("order.customer.address").entity(Map.class)
                    .isEqualTo(Map.of("line1", "1 Analytical Row", "line2", "Marylebone", "town", "London",
                            "postcode", "NW1 6XE"));
            response.path("order.customer.availableCreditPence").entity(Integer.class).isEqualTo(3_200_000);
            response.path("order.vehicle.make").entity(String.class).isEqualTo("Mazda");
            response.path("order.vehicle.status").entity(String.class).isEqualTo("RESERVED");
            response.path("order.timeline[*].status").entityList(String.class).containsExactly("PENDING", "CONFIRMED");
        });
        await().ignoreExceptions().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var response = staff().document(SCHEDULE).variable("from", date.toString()).variable("to", date.toString())
                    .execute();
            response.path("deliverySchedule[0].capacity").entity(Integer.class).isEqualTo(3);
            response.path("deliverySchedule[0].booked").entity(Integer.class).isEqualTo(1);
            response.path("deliverySchedule[0].orders[0].id").entity(String.class).isEqualTo(order);
            var customerPage = staff().document(CUSTOMER).variable("id", customer).execute();
            customerPage.path("customer.orders.totalCount").entity(Integer.class).isEqualTo(1);
            assertThat(customerPage.path("customer.orderCounts").entityList(Map.class).get())
                    .contains(Map.of("status", "CONFIRMED", "count", 1));
        });

        staff().document(DELIVER).variable("id", order).execute()
                .path("markOrderDelivered").entity(String.class).isEqualTo(order);

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var response = staff().document(ORDER).variable("id", order).execute();
            response.path("order.status").entity(String.class).isEqualTo("DELIVERED");
            response.path("order.vehicle.status").entity(String.class).isEqualTo("SOLD");
            response.path("order.customer.availableCreditPence").entity(Integer.class).isEqualTo(3_200_000);
            response.path("order.timeline[*].status").entityList(String.class)
                    .containsExactly("PENDING", "CONFIRMED", "DELIVERED");
        });
    }

    @Test
    void anOrderOverTheCreditLimitIsRejectedWithItsReason() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(100_000);
        String vin = shop.vehicle("Porsche", "911", 9_000_000);
        LocalDate date = shop.deliveryDay(3);

        String order = shop.order(customer, vin, date);

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var response = staff().document(ORDER).variable("id", order).execute();
            response.path("order.status").entity(String.class).isEqualTo("REJECTED");
            response.path("order.rejectionReason").entity(String.class).isEqualTo("CREDIT_LIMIT_EXCEEDED");
            response.path("order.timeline[1].detail").entity(String.class).isEqualTo("CREDIT_LIMIT_EXCEEDED");
            response.path("order.vehicle.status").entity(String.class).isEqualTo("AVAILABLE");
        });
    }

    @Test
    void aCancelledOrderGivesItsCreditBackAndKeepsTheReason() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(5_000_000);
        String vin = shop.vehicle("Honda", "Jazz", 900_000);
        LocalDate date = shop.deliveryDay(3);
        String order = shop.order(customer, vin, date);
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().document(ORDER).variable("id", order)
                .execute().path("order.status").entity(String.class).isEqualTo("CONFIRMED"));

        staff().document(CANCEL).variable("id", order).variable("r", "Changed my mind").execute()
                .path("cancelOrder").entity(String.class).isEqualTo(order);
        staff().document(CREDIT).variable("id", customer).variable("l", 6_000_000).execute()
                .path("changeCreditLimit").entity(String.class).isEqualTo(customer);

        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var response = staff().document(ORDER).variable("id", order).execute();
            response.path("order.status").entity(String.class).isEqualTo("CANCELLED");
            response.path("order.timeline[2].detail").entity(String.class).isEqualTo("Changed my mind");
            response.path("order.customer.creditLimitPence").entity(Integer.class).isEqualTo(6_000_000);
            response.path("order.customer.availableCreditPence").entity(Integer.class).isEqualTo(6_000_000);
            response.path("order.vehicle.status").entity(String.class).isEqualTo("AVAILABLE");
        });
    }

    @Test
    void pagesOfACustomersOrdersStayStableWhileNewOrdersArrive() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(100);
        LocalDate date = shop.deliveryDay(10);
        List<String> placed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            placed.add(shop.order(customer, shop.vehicle("Kia", "Ceed", 1_000_000), date));
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().document(CUSTOMER)
                .variable("id", customer).variable("first", 2).execute()
                .path("customer.orders.totalCount").entity(Integer.class).isEqualTo(5));

        List<String> seen = new ArrayList<>();
        var first = staff().document(CUSTOMER).variable("id", customer).variable("first", 2).execute();
        seen.addAll(first.path("customer.orders.edges[*].node.id").entityList(String.class).get());
        String cursor = first.path("customer.orders.pageInfo.endCursor").entity(String.class).get();
        String newest = shop.order(customer, shop.vehicle("Kia", "Ceed", 1_000_000), date);
        await().ignoreExceptions().atMost(Duration.ofSeconds(20)).untilAsserted(() -> staff().document(CUSTOMER)
                .variable("id", customer).variable("first", 2).execute()
                .path("customer.orders.totalCount").entity(Integer.class).isEqualTo(6));
        boolean more = true;
        while (more) {
            var page = staff().document(CUSTOMER).variable("id", customer).variable("first", 2)
                    .variable("after", cursor).execute();
            seen.addAll(page.path("customer.orders.edges[*].node.id").entityList(String.class).get());
            more = page.path("customer.orders.pageInfo.hasNextPage").entity(Boolean.class).get();
            cursor = page.path("customer.orders.pageInfo.endCursor").entity(String.class).get();
        }

        assertThat(seen).doesNotHaveDuplicates().doesNotContain(newest).containsExactlyInAnyOrderElementsOf(placed);
        List<String> newestFirst = new ArrayList<>(placed);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void anUnknownOrderIsNull() {
        staff().document(ORDER).variable("id", java.util.UUID.randomUUID().toString()).execute()
                .path("order").valueIsNull();
    }

    @Test
    void cannotAskForAnOrderByAnIdThatIsNoUuid() {
        staff().document(ORDER).variable("id", "42").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void cannotAskForAScheduleEndingBeforeItStarts() {
        staff().document(SCHEDULE).variable("from", "2030-01-02").variable("to", "2030-01-01").execute()
                .errors().satisfy(errors -> {
                    assertThat(errors).hasSize(1);
                    assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
                });
    }

    @Test
    void cannotPageWithACursorThisApiDidNotIssue() {
        staff().document("{ orders(after: \"bm9wZQ\") { totalCount } }").execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }

    @Test
    void cannotRegisterACustomerWithoutTownAndPostcode() {
        var input = com.forecourt.testing.TestOrders.aCustomer(com.forecourt.testing.TestOrders.newId(), 100);
        input.put("address", Map.of("line1", "1 Nowhere Street"));
        staff().document(Shop.REGISTER).variable("input", input).execute().errors().satisfy(errors -> {
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).getExtensions()).containsEntry("code", "BAD_USER_INPUT");
        });
    }
}
