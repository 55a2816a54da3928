package com.forecourt.readmodel.consistency;

/**
 * The details of a query refused because its read model had not handled the requested position in time; they travel
 * with the {@code QueryExecutionException} (also through Axon Server), so the API can report {@code STALE_READ}.
 *
 * @param projection the read model that was behind
 * @param position   the global position the query asked for
 */
public record StaleRead(String projection, long position) {
}
