package com.forecourt.customer.command;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The e-mail set of a test, without a database; the real one's transaction is covered by integration tests. */
final class InMemoryCustomerEmails implements CustomerEmails {

    private final Map<String, UUID> claims = new ConcurrentHashMap<>();

    @Override
    public boolean claim(String emailLower, UUID customerId) {
        return claims.putIfAbsent(emailLower, customerId) == null;
    }

    Map<String, UUID> claims() {
        return claims;
    }
}
