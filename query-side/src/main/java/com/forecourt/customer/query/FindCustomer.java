package com.forecourt.customer.query;

import java.util.UUID;

/** Asks for one customer; answered with a {@link CustomerView}, or null when there is no such customer. */
public record FindCustomer(UUID customerId) {
}
