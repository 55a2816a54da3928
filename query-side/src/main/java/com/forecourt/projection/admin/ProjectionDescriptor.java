package com.forecourt.projection.admin;

/** One projection: its name (the processing group and processor name) and the store of its read model. */
public record ProjectionDescriptor(String name, ProjectionStore store) {
}
