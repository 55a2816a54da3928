package com.forecourt.customer.projection.jpa;

import com.forecourt.order.api.OrderStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The order lookup of the customer-overview projection. */
interface CustomerOrderRepository extends JpaRepository<CustomerOrder, UUID> {

    /** Order counts per customer and status, for many customers in one query. */
    @Query("select o.customerId as customerId, o.status as status, count(o) as orders from CustomerOrder o "
            + "where o.customerId in :customerIds group by o.customerId, o.status")
    List<StatusCount> countByStatus(Collection<UUID> customerIds);

    /** One line of {@link #countByStatus}. */
    interface StatusCount {
        UUID getCustomerId();

        OrderStatus getStatus();

        long getOrders();
    }
}
