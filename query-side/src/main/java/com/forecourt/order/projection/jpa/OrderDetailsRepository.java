package com.forecourt.order.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.UUID;

/** Rows of the order-details projection. */
interface OrderDetailsRepository extends JpaRepository<OrderDetails, UUID>, JpaSpecificationExecutor<OrderDetails> {
}
