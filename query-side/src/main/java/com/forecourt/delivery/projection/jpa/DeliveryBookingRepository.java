package com.forecourt.delivery.projection.jpa;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.List;

/** Bookings of the delivery-days projection. */
interface DeliveryBookingRepository extends JpaRepository<DeliveryBooking, String> {

    List<DeliveryBooking> findByDeliveryDateBetweenOrderByBookedAt(LocalDate from, LocalDate to);

    /** How many orders are booked on each day of the range that has any: rows of (date, count). */
    @Query("select b.deliveryDate, count(b) from DeliveryBooking b where b.deliveryDate between :from and :to"
            + " group by b.deliveryDate")
    List<Object[]> countByDay(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
