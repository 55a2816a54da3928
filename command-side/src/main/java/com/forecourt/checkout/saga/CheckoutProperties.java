package com.forecourt.checkout.saga;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The {@code forecourt.checkout.*} properties.
 *
 * @param timeout                 {@code forecourt.checkout.timeout} [15m]: how long a checkout may stay unfinished
 *                                before its order is rejected with CHECKOUT_TIMED_OUT
 * @param deadlinePollingInterval {@code forecourt.checkout.deadline-polling-interval} [10s]: how often each node
 *                                looks for due deadlines, so how late after its due time a timeout may fire
 */
@ConfigurationProperties("forecourt.checkout")
public record CheckoutProperties(
        @DefaultValue("15m") Duration timeout,
        @DefaultValue("10s") Duration deadlinePollingInterval) {
}
