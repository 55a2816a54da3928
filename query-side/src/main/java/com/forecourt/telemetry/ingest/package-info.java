/** {@code POST /telemetry}: anonymous, bounded, rate-limited per client address, answering 202 once events are queued. */
package com.forecourt.telemetry.ingest;
