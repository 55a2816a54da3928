package com.forecourt.readmodel.catalogue;

/** Where a projection keeps its read model. */
public enum ProjectionStore {
    POSTGRESQL,
    ELASTICSEARCH
}
