package com.forecourt.telemetry.event;

/**
 * The codes of refused telemetry requests, in {@code errors[0].extensions.code} of the answer, beside the ones every
 * request may get ({@code BAD_USER_INPUT}, {@code INVALID_VIN}, {@code LIST_TOO_LONG}, {@code REQUEST_TOO_LARGE},
 * {@code TOO_MANY_REQUESTS}). Never rename one.
 */
public final class TelemetryErrorCodes {

    /** An event's {@code type} is none of the telemetry event types. */
    public static final String UNKNOWN_EVENT_TYPE = "UNKNOWN_EVENT_TYPE";
    /** A field the event type's schema does not define; nothing else can ride along. */
    public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
    /** Text that looks like personal data: an e-mail address, a phone or card number, a UK postcode. */
    public static final String PERSONAL_DATA_REFUSED = "PERSONAL_DATA_REFUSED";
    /** Malformed JSON, a missing field, a value of the wrong type or outside its rule. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** A list longer than its schema allows (events per request, offered dates, filter values). */
    public static final String LIST_TOO_LONG = "LIST_TOO_LONG";

    private TelemetryErrorCodes() {
    }
}
