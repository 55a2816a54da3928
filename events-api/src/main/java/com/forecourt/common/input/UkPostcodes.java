package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * UK postcodes: an outward code (area and district, e.g. {@code SW1A}) and an inward code (sector and unit, e.g.
 * {@code 1AA}), in the letters each position may hold (Royal Mail's format rules; {@code GIR 0AA} included). Input
 * may be in any case and with or without the space; the stored spelling is upper case with one space before the
 * inward code. The format is checked, not whether the postcode is in use.
 */
public final class UkPostcodes {

    private static final Pattern POSTCODE = Pattern.compile(
            "GIR0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
                    + "[0-9][ABD-HJLNP-UW-Z]{2}");

    private UkPostcodes() {
    }

    /**
     * The stored spelling, e.g. {@code "SW1A 1AA"} for {@code " sw1a1aa "}.
     *
     * @throws CommandRejectedException with code {@link ErrorCode#INVALID_POSTCODE} for anything else
     */
    public static String canonical(String field, String value) {
        String compact = value == null ? "" : value.replace(" ", "").strip().toUpperCase(Locale.ROOT);
        if (compact.length() > 7 || !POSTCODE.matcher(compact).matches()) {
            throw new CommandRejectedException(ErrorCode.INVALID_POSTCODE,
                    field + " must be a UK postcode such as SW1A 1AA");
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
