package com.forecourt.customer.query;

import java.util.List;
import java.util.UUID;

/** Asks for many customers at once (batch loading); answered with {@link FoundCustomers}: the {@link CustomerView}s that exist. */
public record FindCustomers(List<UUID> customerIds) {
}
