package com.forecourt.telemetry.event;

import java.time.Instant;
import java.util.Map;

/** A buyer left the checkout of a car without placing the order, at a step. */
public record CheckoutAbandoned(Instant clientTime, String vin, CheckoutStep step) implements TelemetryEvent {

    @Override
    public TelemetryEventType type() {
        return TelemetryEventType.CHECKOUT_ABANDONED;
    }

    @Override
    public Map<String, Object> fields() {
        return Map.of("vin", vin, "step", step.name());
    }
}
