/** Elasticsearch read models: versioned indices behind aliases, externally versioned documents, bulk writes (ADR 4). */
package com.forecourt.readmodel.elasticsearch;
