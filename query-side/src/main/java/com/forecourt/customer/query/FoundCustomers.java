package com.forecourt.customer.query;

import java.util.List;

/**
 * The answer to {@link FindCustomers}: the customers that exist, in no particular order; ids that match no customer
 * are left out. A named record, not a bare list, so that the element type survives a serializing query bus (ADR 10).
 */
public record FoundCustomers(List<CustomerView> customers) {

    public FoundCustomers {
        customers = customers == null ? List.of() : List.copyOf(customers);
    }
}
