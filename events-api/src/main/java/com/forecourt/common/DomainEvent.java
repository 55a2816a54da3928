package com.forecourt.common;

/**
 * Marks a record as a domain event: a fact that happened, stored forever, and part of the contract other teams
 * read. Every implementation has a committed JSON Schema that the build checks for compatibility.
 */
public interface DomainEvent {
}
