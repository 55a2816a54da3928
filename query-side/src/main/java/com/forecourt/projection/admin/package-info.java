/**
 * Operating the query side's projections: which there are ({@link com.forecourt.projection.admin.ProjectionCatalogue}),
 * how far each has come, read from the token store so every node reports the same
 * ({@link com.forecourt.projection.admin.ProjectionMonitor}), replays in place, and Micrometer gauges.
 */
package com.forecourt.projection.admin;
