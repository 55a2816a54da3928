/**
 * Telemetry for the data team: what buyers searched for, looked at and were offered, reported by the storefront and
 * kept apart from domain events, in the analysts' {@code telemetry} index (ADR 17, docs/analysts.md).
 */
package com.forecourt.telemetry;
