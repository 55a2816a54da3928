package com.forecourt.telemetry.event;

import java.time.Instant;
import java.util.Map;

/**
 * One event as it is stored in the {@code telemetry} index: {@code type}, {@code sessionId}, {@code clientTime},
 * {@code receivedAt} (ISO-8601 UTC) and the event's own fields ({@link TelemetryEvent#fields()}).
 *
 * @param receivedAt when the server received it, which decides its month's index
 */
public record TelemetryDocument(TelemetryEventType type, Instant receivedAt, Map<String, Object> source) {

    public TelemetryDocument {
        source = Map.copyOf(source);
    }
}
