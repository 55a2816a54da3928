/** The vehicles search index in Elasticsearch: typo-tolerant text search, facets and suggestions. */
package com.forecourt.vehicle.projection.search;
