/**
 * Upcasters of the Customer events: each turns a stored event of an older revision into the next revision, so the
 * current event records can read every event ever stored (docs/events.md).
 */
package com.forecourt.customer.upcasting;
