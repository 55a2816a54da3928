/** Customers in the GraphQL API: registration, credit limits and the customer page. */
package com.forecourt.customer.graphql;
