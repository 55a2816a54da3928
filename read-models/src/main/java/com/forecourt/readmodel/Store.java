package com.forecourt.readmodel;

/** Where a read model lives. */
public enum Store {
    /** Tables in the application's PostgreSQL schema. */
    POSTGRESQL,
    /** Indices behind aliases in Elasticsearch (lookup tables in PostgreSQL may come with them). */
    ELASTICSEARCH
}
