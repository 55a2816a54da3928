/** The event-log read model in Elasticsearch: one document per domain event, for analysts and audits. */
package com.forecourt.eventlog.projection.search;
