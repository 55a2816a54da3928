/** The embedded default: both sides in one process on an embedded PostgreSQL and a local Elasticsearch node. */
package com.forecourt.standalone;
