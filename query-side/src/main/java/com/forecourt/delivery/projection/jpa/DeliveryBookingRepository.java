package com.forecourt.delivery.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.List;

/** Bookings of the delivery-days projection. */
interface DeliveryBookingRepository extends JpaRepository<DeliveryBooking, String> {

    List<DeliveryBooking> findByDeliveryDateBetweenOrderByBookedAt(LocalDate from, LocalDate to);
}
