package com.forecourt.vehicle.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.forecourt.platform.axon.EventContract;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * VehicleListed revision 1 → 2 on the stored sample of revision 1
 * ({@code event-samples/vehicle/VehicleListed.v1.sample.json}), read with the real Axon Jackson serializer.
 */
class VehicleListedUpcasterTest {

    private final Serializer serializer = EventContract.eventSerializer();
    private final EventUpcaster upcasters = EventContract.upcasterChain();
    private final JsonNode revision1 = EventContract.sample(VehicleListed.class, 1);

    @Test
    void theSampleIsARevision1Event() {
        assertThat(EventContract.violations(EventContract.schema(VehicleListed.class, 1), revision1)).isEmpty();
        assertThat(EventContract.violations(EventContract.schema(VehicleListed.class, 2), revision1)).isNotEmpty();
    }

    @Test
    void readsAStoredRevision1EventAsTheCurrentRecord() {
        DomainEventMessage<?> message = EventContract.readStored(VehicleListed.class, "1", revision1, serializer,
                upcasters);

        assertThat(message.getPayloadType()).isEqualTo(VehicleListed.class);
        VehicleListed listed = (VehicleListed) message.getPayload();
        assertThat(listed.vin()).isEqualTo("WVWZZZ1KZAW000001");
        assertThat(listed.make()).isEqualTo("Volkswagen");
        assertThat(listed.model()).isEqualTo("Golf");
        assertThat(listed.variant()).isEqualTo("1.5 TSI Life");
        assertThat(listed.year()).isEqualTo(2021);
        assertThat(listed.mileage()).isEqualTo(23000);
        assertThat(listed.fuelType()).isEqualTo(FuelType.PETROL);
        assertThat(listed.transmission()).isEqualTo(Transmission.MANUAL);
        assertThat(listed.bodyType()).isEqualTo("Hatchback");
        assertThat(listed.colour()).isEqualTo("Blue");
        assertThat(listed.pricePence()).isEqualTo(1_649_500L);
        assertThat(listed.description()).isEqualTo("One owner, full service history");
        assertThat(listed.features()).containsExactly("Heated seats", "Apple CarPlay", "Rear parking sensors");
        assertThat(listed.listedAt()).isEqualTo(Instant.parse("2025-03-14T09:30:00Z"));
    }

    @Test
    void theUpcastPayloadIsARevision2Event() {
        JsonNode revision2 = VehicleListedUpcaster.toRevision2(revision1);

        assertThat(EventContract.violations(EventContract.schema(VehicleListed.class, 2), revision2)).isEmpty();
        assertThat(revision2.has("price")).isFalse();
        assertThat(revision1.has("price")).as("the input is left alone").isTrue();
    }

    @Test
    void anEmptyFeatureStringBecomesAnEmptyList() {
        ObjectNode withoutFeatures = revision1.deepCopy();
        withoutFeatures.put("features", " , ");

        VehicleListed listed = (VehicleListed) EventContract.readStored(VehicleListed.class, "1", withoutFeatures,
                serializer, upcasters).getPayload();

        assertThat(listed.features()).isEmpty();
        assertThat(listed.pricePence()).isEqualTo(1_649_500L);
    }

    @Test
    void leavesRevision2AndUnrevisionedEventsAlone() {
        VehicleListed current = new VehicleListed("WVWZZZ1KZAW000002", "Skoda", "Octavia", null, 2020, 41000,
                FuelType.DIESEL, Transmission.AUTOMATIC, "Estate", "Grey", 1299500, "Tow bar",
                List.of("Tow bar, detachable"), Instant.parse("2025-04-01T12:00:00Z"));
        SerializedObject<byte[]> serialized = serializer.serialize(current, byte[].class);
        JsonNode payload = EventContract.tree(serialized.getData());

        assertThat(serialized.getType().getRevision()).isEqualTo("2");
        assertThat(EventContract.readStored(VehicleListed.class, "2", payload, serializer, upcasters).getPayload())
                .isEqualTo(current);
        // written before revisions were stored: payload_revision is null, the shape is revision 2's
        assertThat(EventContract.readStored(VehicleListed.class, null, payload, serializer, upcasters).getPayload())
                .isEqualTo(current);
    }

    @Test
    void whatTheSerializerWritesMatchesTheCommittedSchema() {
        VehicleListed current = new VehicleListed("WVWZZZ1KZAW000003", "Tesla", "Model 3", "Long Range", 2023, 12000,
                FuelType.ELECTRIC, Transmission.AUTOMATIC, "Saloon", "White", 3199500, "Autopilot",
                List.of("Heat pump", "Glass roof"), Instant.parse("2025-05-01T08:00:00.123456Z"));

        JsonNode written = EventContract.tree(serializer.serialize(current, byte[].class).getData());

        assertThat(EventContract.violations(EventContract.schema(VehicleListed.class, 2), written)).isEmpty();
    }

    @Test
    void isRegisteredAsABeanForTheStorageEngine() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(VehicleUpcastingConfiguration.class))
                .run(context -> assertThat(context.getBeanProvider(EventUpcaster.class).orderedStream())
                        .hasExactlyElementsOfTypes(VehicleListedUpcaster.class));
    }
}
