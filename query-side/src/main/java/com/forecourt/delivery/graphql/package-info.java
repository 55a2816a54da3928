/** Delivery days in the GraphQL API: opening days and the delivery schedule. */
package com.forecourt.delivery.graphql;
