package com.forecourt.telemetry.event;

import java.util.Objects;

/** A telemetry request that is refused as a whole: nothing of it is kept. The message names the field and the rule. */
public class TelemetryRefusedException extends RuntimeException {

    private final String code;

    public TelemetryRefusedException(String code, String message) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable code, e.g. {@link TelemetryErrorCodes#UNKNOWN_FIELD}. */
    public String code() {
        return code;
    }
}
