package com.forecourt.customer.projection.jpa;

import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.readmodel.jpa.SequencedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

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
    private String addressLine1;
    private String addressLine2;
    private String addressTown;
    private String addressPostcode;
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
        row.address(event.address());
        row.creditLimitPence = event.creditLimitPence();
        row.startAt(sequence);
        return row;
    }

    boolean apply(long sequence, java.util.function.Consumer<CustomerOverview> change) {
        if (!advanceTo(sequence)) {
            return false;
        }
        change.accept(this);
        return true;
    }

    /** Stored events of revision 1 without an upcaster (no revision recorded) may carry "" for no second line. */
    void address(Address newAddress) {
        addressLine1 = newAddress.line1();
        addressLine2 = newAddress.line2() == null || newAddress.line2().isBlank() ? null : newAddress.line2();
        addressTown = newAddress.town();
        addressPostcode = newAddress.postcode();
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

    Address address() {
        return new Address(addressLine1, addressLine2, addressTown, addressPostcode);
    }

    long creditLimitPence() {
        return creditLimitPence;
    }

    long availableCreditPence() {
        return creditLimitPence - reservedPence - settledPence;
    }
}
