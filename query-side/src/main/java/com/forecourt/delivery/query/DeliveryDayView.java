package com.forecourt.delivery.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A day deliveries can be booked on, how many slots it has, and the orders booked on it. */
public record DeliveryDayView(LocalDate date, int capacity, int booked, List<UUID> orderIds) {
}
