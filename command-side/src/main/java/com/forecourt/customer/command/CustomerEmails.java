package com.forecourt.customer.command;

import java.util.UUID;

/**
 * The set of registered e-mail addresses, which no single Customer aggregate can see: set validation across
 * aggregates.
 */
interface CustomerEmails {

    /**
     * Claims a lower-cased address for a customer inside the current command's transaction, so the claim commits
     * or rolls back with the registration's event.
     *
     * @return false if another customer already holds the address
     */
    boolean claim(String emailLower, UUID customerId);
}
