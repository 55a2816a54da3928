package com.forecourt.customer.command;

import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.customer.api.RegisterCustomer;

import java.time.Instant;
import java.util.UUID;

/** Object mother for customers in command-side tests. */
final class Customers {

    static final UUID ANN_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID BOB_ID = UUID.fromString("00000000-0000-0000-0000-0000000000b0");
    static final UUID AN_ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ANOTHER_ORDER = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final long ANN_LIMIT = 2_000_000L;
    static final Address ANN_ADDRESS = new Address("1 High Street", null, "Leeds", "LS1 1AA");

    private Customers() {
    }

    static RegisterCustomer ann() {
        return new RegisterCustomer(ANN_ID, "Ann Smith", "Ann.Smith@Example.com", ANN_ADDRESS, ANN_LIMIT);
    }

    static RegisterCustomer withEmail(RegisterCustomer c, String email) {
        return new RegisterCustomer(c.customerId(), c.name(), email, c.address(), c.creditLimitPence());
    }

    static RegisterCustomer withName(RegisterCustomer c, String name) {
        return new RegisterCustomer(c.customerId(), name, c.email(), c.address(), c.creditLimitPence());
    }

    static RegisterCustomer withAddress(RegisterCustomer c, Address address) {
        return new RegisterCustomer(c.customerId(), c.name(), c.email(), address, c.creditLimitPence());
    }

    static RegisterCustomer withCreditLimit(RegisterCustomer c, long creditLimitPence) {
        return new RegisterCustomer(c.customerId(), c.name(), c.email(), c.address(), creditLimitPence);
    }

    static RegisterCustomer withId(RegisterCustomer c, UUID customerId) {
        return new RegisterCustomer(customerId, c.name(), c.email(), c.address(), c.creditLimitPence());
    }

    static CustomerRegistered registered(RegisterCustomer c, Instant at) {
        return new CustomerRegistered(c.customerId(), c.name(), c.email(), c.address(), c.creditLimitPence(), at);
    }

    static CreditReserved annReserved(UUID orderId, long amountPence, Instant at) {
        return new CreditReserved(ANN_ID, orderId, amountPence, at);
    }
}
