package com.forecourt.projection;

import com.forecourt.testing.IntegrationTestSupport;
import com.forecourt.testing.Shop;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection is caught up when no event after its token is one it must handle, whatever the event store chose to
 * send it. Axon Server's block-listing leaves a processor's token behind the events it ignores; stopping the
 * processor here does the same to its token, without Axon Server: the events after it are never passed over.
 */
class ProjectionCatchUpIntegrationTest extends IntegrationTestSupport {

    /** Handles delivery-day events only; a listed car is nothing to it. */
    private static final String PROJECTION = "delivery-days";
    private static final String ONE = "query P($name: String!) { projection(name: $name) { name status position "
            + "headPosition lagEvents etaSeconds } }";

    @Autowired
    private EventProcessingConfiguration processing;

    private StreamingEventProcessor processor;

    @BeforeEach
    void stopTheProjectionOnceItHasCaughtUp() {
        await().ignoreExceptions().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(number(projection(), "lagEvents")).isZero());
        processor = processing.eventProcessor(PROJECTION, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
    }

    @AfterEach
    void startTheProjectionAgain() {
        processor.start();
    }

    @Test
    void canSeeAProjectionCaughtUpWhenOnlyEventsItIgnoresFollowItsToken() {
        new Shop(staff()).vehicle("Seat", "Leon", 1_450_000);

        Map<String, Object> state = projection();

        assertThat(number(state, "lagEvents")).as("%s", state).isZero();
        assertThat(number(state, "position")).as("%s", state).isEqualTo(number(state, "headPosition"));
        assertThat(state.get("etaSeconds")).as("%s", state).isEqualTo(0.0);
    }

    @Test
    void cannotSeeAProjectionCaughtUpWhileAnEventItHandlesFollowsItsToken() {
        Shop shop = new Shop(staff());
        shop.vehicle("Seat", "Ibiza", 1_150_000);
        shop.deliveryDay(4);

        Map<String, Object> state = projection();

        assertThat(number(state, "lagEvents")).as("%s", state).isPositive();
        assertThat(number(state, "position")).as("%s", state).isLessThan(number(state, "headPosition"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> projection() {
        return admin().document(ONE).variable("name", PROJECTION).execute()
                .errors().verify()
                .path("projection").entity(Map.class).get();
    }

    private static long number(Map<String, Object> projection, String field) {
        return ((Number) projection.get(field)).longValue();
    }
}
