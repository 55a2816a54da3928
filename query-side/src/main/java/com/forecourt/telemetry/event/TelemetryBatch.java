package com.forecourt.telemetry.event;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events of one request, all checked: the browser session's pseudonymous id (a random UUID the browser chose,
 * lower case) and the server's receive time.
 */
public record TelemetryBatch(String sessionId, Instant receivedAt, List<TelemetryEvent> events) {

    public TelemetryBatch {
        events = List.copyOf(events);
    }

    /** The documents to index, one per event. */
    public List<TelemetryDocument> documents() {
        return events.stream().map(event -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("type", event.type().wireName());
            source.put("sessionId", sessionId);
            source.put("clientTime", event.clientTime().toString());
            source.put("receivedAt", receivedAt.toString());
            source.putAll(event.fields());
            return new TelemetryDocument(event.type(), receivedAt, source);
        }).toList();
    }
}
