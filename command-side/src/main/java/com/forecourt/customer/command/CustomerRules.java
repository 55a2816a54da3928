package com.forecourt.customer.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.Address;

import java.util.Locale;
import java.util.regex.Pattern;

/** What makes a registration acceptable, and the one spelling of names, addresses and e-mails the events carry. */
final class CustomerRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 254;
    static final int MAX_ADDRESS_LINE_LENGTH = 100;
    static final int MAX_POSTCODE_LENGTH = 10;

    /** Deliberately loose: the only proof an address works is a mail that arrives, which is not this side's job. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private CustomerRules() {
    }

    static String name(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            reject("name is required and at most " + MAX_NAME_LENGTH + " characters");
        }
        return name.strip();
    }

    static String email(String email) {
        if (email == null || email.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(email).matches()) {
            reject("email must look like name@example.com and be at most " + MAX_EMAIL_LENGTH + " characters");
        }
        return email;
    }

    /** The key uniqueness is checked on: addresses differing only in case belong to one mailbox in practice. */
    static String emailKey(String email) {
        return email.toLowerCase(Locale.ROOT);
    }

    /**
     * A valid address in its one spelling: trimmed, postcode in capitals, and a missing second line as the empty
     * string, so that the events never carry a null.
     */
    static Address address(Address address) {
        if (address == null) {
            reject("address is required");
        }
        String line1 = requireLine("address.line1", address.line1());
        String line2 = address.line2() == null ? "" : address.line2().strip();
        if (line2.length() > MAX_ADDRESS_LINE_LENGTH) {
            reject("address.line2 must be at most " + MAX_ADDRESS_LINE_LENGTH + " characters");
        }
        String town = requireLine("address.town", address.town());
        String postcode = address.postcode() == null ? null : address.postcode().strip().toUpperCase(Locale.ROOT);
        if (postcode == null || postcode.isEmpty() || postcode.length() > MAX_POSTCODE_LENGTH) {
            reject("address.postcode is required and at most " + MAX_POSTCODE_LENGTH + " characters");
        }
        return new Address(line1, line2, town, postcode);
    }

    static long creditLimit(long creditLimitPence) {
        if (creditLimitPence < 0) {
            reject("creditLimitPence must not be negative");
        }
        return creditLimitPence;
    }

    static long amount(long amountPence) {
        if (amountPence <= 0) {
            reject("amountPence must be positive");
        }
        return amountPence;
    }

    private static String requireLine(String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_ADDRESS_LINE_LENGTH) {
            reject(field + " is required and at most " + MAX_ADDRESS_LINE_LENGTH + " characters");
        }
        return value.strip();
    }

    private static void reject(String message) {
        throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, message);
    }
}
