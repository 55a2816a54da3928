package com.forecourt.platform.axon;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Axon's auto-configured serializers write the {@code @SchemaRevision} of an event as its payload revision. */
class EventRevisionConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withPropertyValues("axon.serializer.general=jackson", "axon.serializer.events=jackson",
                    "axon.serializer.messages=jackson", "axon.axonserver.enabled=false")
            .withConfiguration(AutoConfigurations.of(AxonSerializationConfiguration.class,
                    EventRevisionConfiguration.class, AxonAutoConfiguration.class, InfraConfiguration.class,
                    EventProcessingAutoConfiguration.class, NoOpTransactionAutoConfiguration.class));

    @Test
    void theEventSerializerStoresTheSchemaRevision() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(RevisionResolver.class)).isInstanceOf(SchemaRevisionResolver.class);
            Serializer events = context.getBean("eventSerializer", Serializer.class);
            assertThat(events).isInstanceOf(JacksonSerializer.class);

            SerializedObject<byte[]> serialized = events.serialize(listed(), byte[].class);

            assertThat(serialized.getType().getName()).isEqualTo(VehicleListed.class.getName());
            assertThat(serialized.getType().getRevision()).isEqualTo("2");
        });
    }

    static VehicleListed listed() {
        return new VehicleListed("WVWZZZ1KZAW000001", "Volkswagen", "Golf", null, 2021, 23000, FuelType.PETROL,
                Transmission.MANUAL, "Hatchback", "Blue", 1649500, "One owner", List.of("Heated seats"),
                Instant.parse("2025-03-14T09:30:00Z"));
    }
}
