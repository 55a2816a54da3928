/**
 * Telemetry storage: the bounded buffer, the background bulk writer, one Elasticsearch index per month behind the
 * {@code telemetry} alias, and the retention job. Not a read model: nothing here is rebuilt from events.
 */
package com.forecourt.telemetry.storage;
