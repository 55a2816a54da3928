package com.forecourt.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The platform half of the event contract (docs/events.md): every event whose revision was raised can still be
 * read at every earlier revision. For each earlier revision there must be a stored sample
 * ({@code event-samples/<feature>/<Event>.v<n>.sample.json}) that matches the committed schema of that revision,
 * and the registered upcasters must turn it into a payload of the current revision that matches the current schema
 * and deserializes into the current record.
 */
class UpcasterCoverageTest {

    private final Serializer serializer = EventContract.eventSerializer();
    private final EventUpcaster upcasters = EventContract.upcasterChain();

    @Test
    void findsTheEventsOfEventsApi() {
        assertThat(EventContract.events()).contains(com.forecourt.vehicle.api.VehicleListed.class)
                .doesNotContain(SchemaRevisionResolverTest.Annotated.class);
    }

    @TestFactory
    Stream<DynamicTest> everyEarlierRevisionHasASampleThatUpcastsToTheCurrentRecord() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> event : EventContract.events()) {
            int current = EventContract.revision(event);
            for (int revision = 1; revision < current; revision++) {
                int old = revision;
                tests.add(DynamicTest.dynamicTest(event.getSimpleName() + " revision " + old + " -> " + current,
                        () -> readsOldRevision(event, old, current)));
            }
        }
        assertThat(tests).as("at least VehicleListed has been evolved").isNotEmpty();
        return tests.stream();
    }

    private void readsOldRevision(Class<?> event, int old, int current) {
        if (!EventContract.hasSample(event, old)) {
            fail(event.getName() + " is at revision " + current + " but there is no stored sample of revision " + old
                    + ": add platform/src/test/resources/" + EventContract.sampleResource(event, old)
                    + " (a payload as it was stored at that revision), an upcaster from revision " + old
                    + " and its test; see docs/events.md.");
        }
        JsonNode sample = EventContract.sample(event, old);
        assertThat(EventContract.violations(EventContract.schema(event, old), sample))
                .as("the sample matches the committed schema of revision %s", old).isEmpty();

        IntermediateEventRepresentation upcast = EventContract.upcast(event, Integer.toString(old), sample,
                serializer, upcasters);
        assertThat(upcast.getType().getRevision()).as("the revision after upcasting; is there an upcaster from"
                + " revision %s, registered as a bean in a *.upcasting auto-configuration?", old)
                .isEqualTo(Integer.toString(current));
        assertThat(EventContract.violations(EventContract.schema(event, current),
                upcast.getData(JsonNode.class).getData()))
                .as("the upcast payload matches the committed schema of revision %s", current).isEmpty();

        DomainEventMessage<?> message = EventContract.readStored(event, Integer.toString(old), sample, serializer,
                upcasters);
        assertThat(message.getPayload()).as("the upcast payload deserializes into the current record")
                .isInstanceOf(event);
    }
}
