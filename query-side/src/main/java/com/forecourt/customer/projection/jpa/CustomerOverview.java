package com.forecourt.customer.projection.jpa;

import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.queryside.jpa.SequencedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** One row per customer: contact details and credit. Available credit is the limit minus reserved minus settled. */
@Entity
@Table(name = "customer_overview")
class CustomerOverview extends SequencedRow<UUID> {

    @Id
    private UUID customerId;

    @Override
    public UUID getId() {
        return customerId;
    }
    private String name;
    private String email;
    private String address;
    private long creditLimitPence;
    private long reservedPence;
    private long settledPence;

    protected CustomerOverview() {
        // for JPA
    }

    static CustomerOverview registered(CustomerRegistered event, long sequence) {
        CustomerOverview row = new CustomerOverview();
        row.customerId = event.customerId();
        row.name = event.name();
        row.email = event.email();
        row.address = oneLine(event.address());
        row.creditLimitPence = event.creditLimitPence();
        row.startAt(sequence);
        return row;
    }

    static String oneLine(Address address) {
        if (address == null) {
            return "";
        }
        return Stream.of(address.line1(), address.line2(), address.town(), address.postcode())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }

    boolean apply(long sequence, java.util.function.Consumer<CustomerOverview> change) {
        if (!advanceTo(sequence)) {
            return false;
        }
        change.accept(this);
        return true;
    }

    void address(Address newAddress) {
        address = oneLine(newAddress);
    }

    void creditLimit(long limit) {
        creditLimitPence = limit;
    }

    void reserved(long amount) {
        reservedPence += amount;
    }

    void released(long amount) {
        reservedPence -= amount;
    }

    void settled(long amount) {
        reservedPence -= amount;
        settledPence += amount;
    }

    UUID customerId() {
        return customerId;
    }

    String name() {
        return name;
    }

    String email() {
        return email;
    }

    String address() {
        return address;
    }

    long creditLimitPence() {
        return creditLimitPence;
    }

    long availableCreditPence() {
        return creditLimitPence - reservedPence - settledPence;
    }
}
