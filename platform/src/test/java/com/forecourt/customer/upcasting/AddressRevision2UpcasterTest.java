package com.forecourt.customer.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CustomerAddressChanged;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.platform.axon.EventContract;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CustomerRegistered and CustomerAddressChanged revision 1 → 2 on their stored samples of revision 1
 * ({@code event-samples/customer/*.v1.sample.json}), read with the real Axon Jackson serializer.
 */
class AddressRevision2UpcasterTest {

    private final Serializer serializer = EventContract.eventSerializer();
    private final EventUpcaster upcasters = EventContract.upcasterChain();
    private final JsonNode registered = EventContract.sample(CustomerRegistered.class, 1);
    private final JsonNode moved = EventContract.sample(CustomerAddressChanged.class, 1);

    @Test
    void canReadAStoredRegistrationWithAnEmptySecondLineAndAnUnspacedPostcode() {
        CustomerRegistered event = (CustomerRegistered) EventContract.readStored(CustomerRegistered.class, "1",
                registered, serializer, upcasters).getPayload();

        assertThat(event.address()).isEqualTo(new Address("1 Analytical Row", null, "London", "NW1 6XE"));
        assertThat(event.customerId()).isEqualTo(UUID.fromString("6f1c2f0e-0b8e-4c8e-9a57-0d7a4b2d9f10"));
        assertThat(event.name()).isEqualTo("Ada Lovelace");
        assertThat(event.email()).isEqualTo("Ada@Example.com");
        assertThat(event.creditLimitPence()).isEqualTo(5_000_000L);
        assertThat(event.registeredAt()).isEqualTo(Instant.parse("2025-03-14T09:30:00Z"));
    }

    @Test
    void canReadAStoredAddressChangeWithASecondLine() {
        CustomerAddressChanged event = (CustomerAddressChanged) EventContract.readStored(CustomerAddressChanged.class,
                "1", moved, serializer, upcasters).getPayload();

        assertThat(event.address()).isEqualTo(new Address("12 Engine Lane", "Flat 3", "Manchester", "M1 1AE"));
        assertThat(event.changedAt()).isEqualTo(Instant.parse("2025-04-01T12:00:00Z"));
    }

    @Test
    void canUpcastTheSamplesIntoRevision2sSchemaLeavingTheInputAlone() {
        JsonNode upcast = AddressRevision2Upcaster.toRevision2(registered);

        assertThat(EventContract.violations(EventContract.schema(CustomerRegistered.class, 1), registered)).isEmpty();
        assertThat(EventContract.violations(EventContract.schema(CustomerRegistered.class, 2), upcast)).isEmpty();
        assertThat(upcast.get("address").has("line2")).isFalse();
        assertThat(registered.get("address").get("line2").asText()).as("the input is left alone").isEmpty();
    }

    @Test
    void canKeepAStoredPostcodeThatIsNotInTheUkFormat() {
        ObjectNode foreign = registered.deepCopy();
        ((ObjectNode) foreign.get("address")).put("postcode", "75001");

        CustomerRegistered event = (CustomerRegistered) EventContract.readStored(CustomerRegistered.class, "1",
                foreign, serializer, upcasters).getPayload();

        assertThat(event.address().postcode()).isEqualTo("75001");
    }

    @Test
    void canLeaveRevision2EventsAlone() {
        CustomerRegistered current = new CustomerRegistered(UUID.randomUUID(), "Grace Hopper", "grace@example.com",
                new Address("2 Compiler Court", null, "Leeds", "LS1 4AP"), 100_000, Instant.parse("2026-01-01T00:00:00Z"));
        JsonNode payload = EventContract.tree(serializer.serialize(current, byte[].class).getData());

        assertThat(EventContract.readStored(CustomerRegistered.class, "2", payload, serializer, upcasters).getPayload())
                .isEqualTo(current);
        assertThat(EventContract.violations(EventContract.schema(CustomerRegistered.class, 2), payload)).isEmpty();
    }

    @Test
    void canBeFoundAsBeansByTheStorageEngine() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CustomerUpcastingConfiguration.class))
                .run(context -> assertThat(context.getBeanProvider(EventUpcaster.class).orderedStream())
                        .hasExactlyElementsOfTypes(AddressRevision2Upcaster.class, AddressRevision2Upcaster.class));
    }
}
