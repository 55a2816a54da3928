package com.forecourt.platform.contract;

import com.forecourt.common.DomainEvent;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.platform.axon.AxonSerializationConfiguration;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractCheckTest {

    private final EventContractCheck check = new EventContractCheck(new EventSchemas(),
            AxonSerializationConfiguration.axonObjectMapper());

    @Test
    void canPassAnEventThatMatchesItsSchema() {
        VehicleListed listed = new VehicleListed("WVWZZZ1KZAW000001", "Volkswagen", "Golf", null, 2021, 23_000,
                FuelType.PETROL, Transmission.MANUAL, "Hatchback", "Blue", 1_649_500, "One owner", List.of("Sat nav"),
                Instant.parse("2026-11-23T10:15:30Z"));

        assertThatCode(() -> dispatch(listed)).doesNotThrowAnyException();
    }

    @Test
    void cannotPassAnEventMissingARequiredProperty() {
        CustomerRegistered withoutEmail = new CustomerRegistered(UUID.randomUUID(), "Ada Lovelace", null,
                new Address("1 Analytical Row", null, "London", "NW1 6XE"), 100, Instant.parse("2026-11-23T10:15:30Z"));

        assertThatThrownBy(() -> dispatch(withoutEmail)).isInstanceOf(EventContractViolation.class)
                .hasMessageContaining("CustomerRegistered revision 2")
                .hasMessageContaining("email")
                .hasMessageNotContaining("Ada Lovelace");
    }

    @Test
    void canIgnoreMessagesThatAreNotDomainEvents() {
        assertThatCode(() -> dispatch("a plain string")).doesNotThrowAnyException();
    }

    @Test
    void cannotPassADomainEventWithoutACommittedSchema() {
        assertThatThrownBy(() -> dispatch(new Unpublished("x"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No schemas/");
    }

    private void dispatch(Object payload) {
        EventMessage<?> message = GenericEventMessage.asEventMessage(payload);
        check.handle(List.of(message)).apply(0, message);
    }

    /** An event nobody generated a schema for. */
    record Unpublished(String text) implements DomainEvent {
    }
}
