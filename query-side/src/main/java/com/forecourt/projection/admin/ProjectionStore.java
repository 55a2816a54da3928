package com.forecourt.projection.admin;

/** Where a projection keeps its read model. */
public enum ProjectionStore {
    POSTGRESQL,
    ELASTICSEARCH
}
