package com.forecourt.readmodel;

/** Which Elasticsearch document an event of a read model changes, declared so the runtime can read a batch's at once. */
public enum DocumentKey {
    /** Events never change a stored document (each one writes a document of its own, or none). */
    NONE,
    /** An event changes the document whose id is its aggregate's identifier (a car's VIN, an order's id). */
    AGGREGATE_IDENTIFIER
}
