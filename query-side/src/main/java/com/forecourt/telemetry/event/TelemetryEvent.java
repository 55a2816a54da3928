package com.forecourt.telemetry.event;

import java.time.Instant;
import java.util.Map;

/**
 * One thing a buyer did or was shown, as the storefront reports it: not a domain event (it changes no aggregate, is
 * never stored in the event store and is dropped under pressure, ADR 17).
 */
public sealed interface TelemetryEvent permits SearchMade, VehiclePageViewed, DeliveryDatesOffered, CheckoutAbandoned {

    TelemetryEventType type();

    /** When it happened by the browser's clock, which may be wrong; the server's receive time is kept beside it. */
    Instant clientTime();

    /** The event's own fields of its document in the {@code telemetry} index, by their mapped names; no nulls. */
    Map<String, Object> fields();
}
