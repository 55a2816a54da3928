package com.forecourt.readmodel.deadletter;

import java.time.OffsetDateTime;

/** One dead letter as the admin API shows it: what failed and why, never the event's payload. */
public record DeadLetterView(String id, String eventType, String aggregateId, Long position, String cause,
                             int retries, OffsetDateTime enqueuedAt) {
}
