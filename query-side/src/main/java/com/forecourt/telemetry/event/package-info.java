/** The telemetry event types, their JSON Schemas and how a batch is read, checked and sanitised: pure, no I/O. */
package com.forecourt.telemetry.event;
