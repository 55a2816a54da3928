package com.forecourt.delivery.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/**
 * The {@code forecourt.delivery.*} properties.
 *
 * @param bookingHorizon {@code forecourt.delivery.booking-horizon} [P5Y]: how far ahead of today a delivery day may
 *                       be opened; later dates are refused with BAD_USER_INPUT
 */
@ConfigurationProperties("forecourt.delivery")
public record DeliveryProperties(@DefaultValue("P5Y") Period bookingHorizon) {

    /** The last date a day may be opened for, as of today by the clock. */
    LocalDate lastBookableDate(Clock clock) {
        return LocalDate.now(clock).plus(bookingHorizon);
    }
}
