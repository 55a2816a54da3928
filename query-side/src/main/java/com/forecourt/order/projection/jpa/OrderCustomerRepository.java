package com.forecourt.order.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** The customer lookup of the order-details projection. */
interface OrderCustomerRepository extends JpaRepository<OrderCustomer, UUID> {
}
