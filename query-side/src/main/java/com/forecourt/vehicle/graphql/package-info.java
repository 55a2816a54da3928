/** The catalogue in the GraphQL API: car lookup, search and listing. */
package com.forecourt.vehicle.graphql;
