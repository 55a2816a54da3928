/**
 * Dead letters of the query side's projections: a sequenced dead-letter queue per processing group in PostgreSQL
 * ({@link com.forecourt.projection.deadletter.DeadLetterConfiguration}), an enqueue policy that parks poison events
 * but lets store outages fail the batch so the processor retries
 * ({@link com.forecourt.projection.deadletter.ConnectivityAwareEnqueuePolicy}), and the ADMIN GraphQL operations
 * that list, retry and evict letters ({@link com.forecourt.projection.deadletter.DeadLetterGraphqlController}).
 */
package com.forecourt.projection.deadletter;
