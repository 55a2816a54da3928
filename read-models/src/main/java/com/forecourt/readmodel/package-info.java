/**
 * The runtime of rebuildable read models, and its interface to the features that declare them. A feature declares a
 * projector with {@link com.forecourt.readmodel.ReadModel} (its name, store, tables or indices, and how its events
 * find the document they change), writes PostgreSQL rows as {@code readmodel.jpa} rows and Elasticsearch documents
 * through {@code readmodel.elasticsearch}; everything else (discovery, processing, dead letters, status, replays,
 * zero-downtime rebuilds, segment balancing) is this module's, which never depends on a feature (ADR 9).
 */
package com.forecourt.readmodel;
