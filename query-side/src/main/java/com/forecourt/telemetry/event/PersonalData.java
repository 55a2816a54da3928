package com.forecourt.telemetry.event;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses free text that looks like personal data, so that a buyer who types their e-mail address or phone number
 * into the search box does not put it in the analysts' index: anything-at-anything without spaces (an e-mail address,
 * whole or in part), a phone number (10 to 13 digits starting with {@code 0} or {@code +}, in groups), and a payment
 * card number (13 to 19 digits, in groups, that pass the Luhn check). Years, prices and mileages in a search ("2015
 * 2016", "15000 20000") pass. The check errs on the side of refusing: a refused request loses one batch of telemetry,
 * a missed e-mail address would sit in the index for the retention period.
 */
public final class PersonalData {

    private static final Pattern EMAIL_LIKE = Pattern.compile("\\S@\\S|^@\\S|\\S@$");
    /** Digits in groups joined by at most two separators (")" and a space), optionally after a plus sign. */
    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\(?\\d(?:[ .\\-/()]{0,2}\\d)*");

    private PersonalData() {
    }

    /**
     * @throws TelemetryRefusedException PERSONAL_DATA_REFUSED when the text looks like personal data; the message names
     *                                    the field and what it looked like, never the text
     */
    public static void refuseIn(String field, String text) {
        if (text == null) {
            return;
        }
        if (EMAIL_LIKE.matcher(text).find()) {
            throw refuse(field, "an e-mail address");
        }
        Matcher run = DIGIT_RUN.matcher(text);
        while (run.find()) {
            String group = run.group();
            String digits = group.replaceAll("\\D", "");
            boolean phoneLike = (group.startsWith("+") || group.startsWith("(") || digits.startsWith("0"))
                    && digits.length() >= 10 && digits.length() <= 13;
            if (phoneLike) {
                throw refuse(field, "a phone number");
            }
            if (digits.length() >= 13 && digits.length() <= 19 && passesLuhn(digits)) {
                throw refuse(field, "a payment card number");
            }
        }
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static TelemetryRefusedException refuse(String field, String looksLike) {
        return new TelemetryRefusedException(TelemetryErrorCodes.PERSONAL_DATA_REFUSED,
                field + " must not hold personal data; it looks like it holds " + looksLike);
    }
}
