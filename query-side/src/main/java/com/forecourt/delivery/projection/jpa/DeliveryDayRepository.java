package com.forecourt.delivery.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

/** Rows of the delivery-days projection. */
interface DeliveryDayRepository extends JpaRepository<DeliveryDaySlots, LocalDate> {

    List<DeliveryDaySlots> findByDeliveryDateBetweenOrderByDeliveryDate(LocalDate from, LocalDate to);
}
