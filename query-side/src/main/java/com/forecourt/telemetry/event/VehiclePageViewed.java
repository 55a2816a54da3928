package com.forecourt.telemetry.event;

import java.time.Instant;
import java.util.Map;

/** A buyer opened a car's page. */
public record VehiclePageViewed(Instant clientTime, String vin) implements TelemetryEvent {

    @Override
    public TelemetryEventType type() {
        return TelemetryEventType.VEHICLE_PAGE_VIEWED;
    }

    @Override
    public Map<String, Object> fields() {
        return Map.of("vin", vin);
    }
}
