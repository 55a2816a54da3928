package com.forecourt.customer.projection.jpa;

import com.forecourt.order.api.OrderStatus;
import com.forecourt.readmodel.jpa.SequencedRow;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** This projection's own record of each order's customer and status, fed by order events in the same group. */
@Entity
@Table(name = "customer_overview_order")
class CustomerOrder extends SequencedRow<UUID> {

    @Id
    private UUID orderId;

    @Override
    public UUID getId() {
        return orderId;
    }
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    protected CustomerOrder() {
        // for JPA
    }

    CustomerOrder(UUID orderId, UUID customerId, long sequence) {
        this.orderId = orderId;
        this.customerId = customerId;
        this.status = OrderStatus.PENDING;
        startAt(sequence);
    }

    boolean moved(OrderStatus newStatus, long sequence) {
        if (!advanceTo(sequence)) {
            return false;
        }
        status = newStatus;
        return true;
    }
}
