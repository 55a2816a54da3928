package com.forecourt.telemetry.event;

import java.time.LocalDate;

/** A delivery day offered to a buyer and how many of its slots were free. */
public record OfferedDate(LocalDate date, int freeSlots) {
}
