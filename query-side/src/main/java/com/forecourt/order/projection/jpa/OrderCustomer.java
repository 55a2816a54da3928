package com.forecourt.order.projection.jpa;

import com.forecourt.readmodel.jpa.ReadModelRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** This projection's own copy of what it shows about a customer, fed by customer events in the same group. */
@Entity
@Table(name = "order_details_customer")
class OrderCustomer extends ReadModelRow<UUID> {

    @Id
    private UUID customerId;

    @Override
    public UUID getId() {
        return customerId;
    }
    private String name;
    private String email;

    protected OrderCustomer() {
        // for JPA
    }

    OrderCustomer(UUID customerId, String name, String email) {
        this.customerId = customerId;
        this.name = name;
        this.email = email;
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
}
