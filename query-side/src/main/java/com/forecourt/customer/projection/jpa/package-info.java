/** The customer-overview read model in PostgreSQL: credit limit, available credit and order counts by status. */
package com.forecourt.customer.projection.jpa;
