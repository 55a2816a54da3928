package com.forecourt.customer.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.common.input.EmailAddresses;
import com.forecourt.common.input.Text;
import com.forecourt.common.input.UkPostcodes;
import com.forecourt.customer.api.Address;

/**
 * What makes a registration acceptable, and the one spelling of names, addresses and e-mails the events carry
 * ({@link Text}, {@link EmailAddresses}, {@link UkPostcodes}).
 */
final class CustomerRules {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_ADDRESS_LINE_LENGTH = 100;

    private CustomerRules() {
    }

    static String name(String name) {
        return Text.singleLine("name", name, MAX_NAME_LENGTH);
    }

    static String email(String email) {
        return EmailAddresses.canonical("email", email);
    }

    /** The key uniqueness is checked on: addresses differing only in case belong to one mailbox in practice. */
    static String emailKey(String email) {
        return EmailAddresses.key(email);
    }

    /**
     * A valid UK address in its one spelling: lines trimmed, no second line as null, postcode as {@code SW1A 1AA}.
     */
    static Address address(Address address) {
        if (address == null) {
            reject("address is required");
        }
        return new Address(
                Text.singleLine("address.line1", address.line1(), MAX_ADDRESS_LINE_LENGTH),
                Text.optionalSingleLine("address.line2", address.line2(), MAX_ADDRESS_LINE_LENGTH),
                Text.singleLine("address.town", address.town(), MAX_ADDRESS_LINE_LENGTH),
                UkPostcodes.canonical("address.postcode", address.postcode()));
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

    private static void reject(String message) {
        throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, message);
    }
}
