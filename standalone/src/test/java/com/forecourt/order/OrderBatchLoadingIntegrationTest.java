package com.forecourt.order;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A page of orders with their customers, cars and timelines costs the same SQL for 10 orders as for 100. */
class OrderBatchLoadingIntegrationTest extends IntegrationTestSupport {

    private static final String PAGE = """
            query P($customer: ID!, $first: Int) {
              orders(filter: {customerId: $customer}, first: $first) {
                totalCount
                edges { node { id status customer { name availableCreditPence orderCounts { status count } }
                               vehicle { make model } timeline { status at } } }
              }
            }
            """;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Test
    void aPageOfAHundredOrdersCostsNoMoreQueriesThanAPageOfTen() {
        Shop shop = new Shop(staff());
        String customer = shop.customer(100_000_000);
        LocalDate date = shop.deliveryDay(100);
        for (int i = 0; i < 100; i++) {
            shop.order(customer, shop.vehicle("Ford", "Fiesta " + i, 10_000), date);
        }
        await().ignoreExceptions().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(staff()
                .document(PAGE).variable("customer", customer).variable("first", 100).execute()
                .path("orders.edges[*].node.status").entityList(String.class).get())
                .hasSize(100).containsOnly("CONFIRMED"));

        long ten = statementsFor(customer, 10);
        long hundred = statementsFor(customer, 100);

        assertThat(ten).isPositive();
        assertThat(hundred).isLessThanOrEqualTo(ten);
    }

    /** The fewest SQL statements one page took over a few runs, so that a projector's write cannot blur it. */
    private long statementsFor(String customer, int first) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            long fewest = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                statistics.clear();
                staff().document(PAGE).variable("customer", customer).variable("first", first).execute()
                        .path("orders.edges").entityList(Object.class).hasSize(first);
                fewest = Math.min(fewest, statistics.getPrepareStatementCount());
            }
            return fewest;
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }
}
