package com.forecourt.order.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

/** The car lookup of the order-details projection. */
interface OrderVehicleRepository extends JpaRepository<OrderVehicle, String> {
}
