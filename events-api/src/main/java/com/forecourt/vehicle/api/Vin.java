package com.forecourt.vehicle.api;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vehicle Identification Number rules: 17 characters of A–Z and 0–9 without I, O and Q, upper case. */
public final class Vin {

    private static final Pattern VALID = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");

    private Vin() {
    }

    /** Normalises user input (trim, upper case) so that one car always has one identifier; null stays null. */
    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The normalised VIN of user input.
     *
     * @throws CommandRejectedException with code {@link ErrorCode#INVALID_VIN} when it is malformed
     */
    public static String require(String raw) {
        String vin = normalise(raw);
        if (!isValid(vin)) {
            throw new CommandRejectedException(ErrorCode.INVALID_VIN,
                    "A VIN is 17 characters of A-Z and 0-9 without I, O and Q");
        }
        return vin;
    }

    /** Whether an already normalised VIN is well-formed. */
    public static boolean isValid(String vin) {
        return vin != null && VALID.matcher(vin).matches();
    }
}
