package com.forecourt.telemetry.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The telemetry event types: each declares its name on the wire and in the index ({@code type}), its JSON Schema
 * ({@code telemetry/schemas/<name>.v1.json}, strict: no field it does not define) and how it is read once its
 * schema has passed.
 */
public enum TelemetryEventType {

    /** {@link SearchMade}. */
    SEARCH_MADE("SearchMade") {
        @Override
        TelemetryEvent read(EventFields fields) {
            return SearchMade.read(fields);
        }
    },
    /** {@link VehiclePageViewed}. */
    VEHICLE_PAGE_VIEWED("VehiclePageViewed") {
        @Override
        TelemetryEvent read(EventFields fields) {
            return new VehiclePageViewed(fields.clientTime(), fields.vin("vin"));
        }
    },
    /** {@link DeliveryDatesOffered}. */
    DELIVERY_DATES_OFFERED("DeliveryDatesOffered") {
        @Override
        TelemetryEvent read(EventFields fields) {
            return DeliveryDatesOffered.read(fields);
        }
    },
    /** {@link CheckoutAbandoned}. */
    CHECKOUT_ABANDONED("CheckoutAbandoned") {
        @Override
        TelemetryEvent read(EventFields fields) {
            return new CheckoutAbandoned(fields.clientTime(), fields.vin("vin"),
                    CheckoutStep.valueOf(fields.node().get("step").asText()));
        }
    };

    private final String wireName;

    TelemetryEventType(String wireName) {
        this.wireName = wireName;
    }

    /** The name clients send as {@code type} and analysts filter on, e.g. {@code SearchMade}. */
    public String wireName() {
        return wireName;
    }

    /** The classpath resource of the type's JSON Schema. */
    public String schema() {
        return "telemetry/schemas/" + wireName + ".v1.json";
    }

    /** The type a client names, compared exactly. */
    public static Optional<TelemetryEventType> named(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }

    /** Builds the event from fields that passed the type's schema, applying the input policy to its text. */
    abstract TelemetryEvent read(EventFields fields);
}
