package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The e-mail address rule: an RFC 5321 mailbox in its common ASCII form, {@code local@domain}. The local part is a
 * dot-atom (letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, dots only between them), at most 64 characters; the
 * domain is at least two labels of letters, digits and inner hyphens, each at most 63 characters, the last one
 * alphabetic (or an {@code xn--} IDN label); the whole at most 254 characters. Quoted local parts, IP literals and
 * non-ASCII addresses are refused: mail systems deliver them unreliably. Surrounding white space is stripped and
 * case is kept; uniqueness compares {@link #key lower-cased} addresses.
 */
public final class EmailAddresses {

    /** The longest address SMTP can carry in a forward path. */
    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final String TOP_LABEL = "(?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{1,59})";
    private static final Pattern MAILBOX = Pattern.compile(
            "(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL + "\\.)+" + TOP_LABEL + ")");

    private EmailAddresses() {
    }

    /**
     * The stored spelling of an address: stripped, otherwise as given.
     *
     * @throws CommandRejectedException with code {@link ErrorCode#INVALID_EMAIL} for anything else
     */
    public static String canonical(String field, String value) {
        if (value == null) {
            throw invalid(field);
        }
        String address = Text.strip(Normalizer.normalize(value, Normalizer.Form.NFC));
        var matcher = MAILBOX.matcher(address);
        if (address.length() > MAX_LENGTH || !matcher.matches() || matcher.group(1).length() > MAX_LOCAL_PART) {
            throw invalid(field);
        }
        return address;
    }

    /** The key uniqueness is checked on: addresses differing only in case belong to one mailbox in practice. */
    public static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    private static CommandRejectedException invalid(String field) {
        return new CommandRejectedException(ErrorCode.INVALID_EMAIL, field + " must be an e-mail address such as "
                + "name@example.co.uk (ASCII, at most " + MAX_LENGTH + " characters)");
    }
}
