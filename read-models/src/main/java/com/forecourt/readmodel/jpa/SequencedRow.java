package com.forecourt.readmodel.jpa;

import jakarta.persistence.MappedSuperclass;

/**
 * A read-model row that remembers the aggregate sequence number of the last event applied to it, in column
 * {@code last_sequence}. Events may arrive twice or, across processors, late; comparing sequence numbers makes every
 * projector idempotent without a separate "processed events" table.
 */
@MappedSuperclass
public abstract class SequencedRow<I> extends ReadModelRow<I> {

    private long lastSequence;

    /** Marks the row as built from the event with this sequence number. */
    protected void startAt(long sequence) {
        lastSequence = sequence;
    }

    /**
     * Records the event with this sequence number as applied.
     *
     * @return false when that event, or a later one, was applied before: the caller must then change nothing
     */
    public boolean advanceTo(long sequence) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        return true;
    }

    /** Whether the event with this sequence number has not been applied yet. */
    public boolean isNew(long sequence) {
        return sequence > lastSequence;
    }

    /** The sequence number of the last event applied. */
    public long lastSequence() {
        return lastSequence;
    }
}
