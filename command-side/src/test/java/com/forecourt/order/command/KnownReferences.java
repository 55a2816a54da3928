package com.forecourt.order.command;

import java.util.Set;
import java.util.UUID;

/** The cars and customers a test's world contains, without an event store; the real lookup is an integration test. */
record KnownReferences(Set<String> vins, Set<UUID> customers) implements OrderReferences {

    @Override
    public boolean isListedVehicle(String vin) {
        return vins.contains(vin);
    }

    @Override
    public boolean isRegisteredCustomer(UUID customerId) {
        return customers.contains(customerId);
    }
}
