package com.forecourt.telemetry.storage;

import com.forecourt.telemetry.TelemetryMetrics;
import com.forecourt.telemetry.TelemetryMetrics.DropReason;
import com.forecourt.telemetry.event.TelemetryDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * The bounded in-memory queue between the endpoint and the writer. Offering never blocks and never fails: what does
 * not fit is dropped and counted ({@code forecourt.telemetry.dropped{reason=buffer_full}}), so a buyer's request
 * never waits for Elasticsearch. What is held is lost if the process dies: telemetry is best effort (ADR 17).
 */
public final class TelemetryBuffer {

    private final ArrayBlockingQueue<TelemetryDocument> queue;
    private final TelemetryMetrics metrics;

    public TelemetryBuffer(int capacity, TelemetryMetrics metrics) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.metrics = metrics;
        metrics.buffered(queue::size);
    }

    /** Takes the documents that fit, in order, and drops the rest. @return how many were taken */
    public int offer(List<TelemetryDocument> documents) {
        int taken = 0;
        for (TelemetryDocument document : documents) {
            if (!queue.offer(document)) {
                break;
            }
            metrics.accepted(document.type().wireName(), 1);
            taken++;
        }
        if (taken < documents.size()) {
            metrics.dropped(DropReason.BUFFER_FULL, documents.size() - taken);
        }
        return taken;
    }

    /** Removes and returns up to {@code maximum} documents, oldest first; empty when there are none. */
    List<TelemetryDocument> drain(int maximum) {
        List<TelemetryDocument> drained = new ArrayList<>(Math.min(maximum, queue.size()));
        queue.drainTo(drained, maximum);
        return drained;
    }

    /** How many documents wait. */
    public int size() {
        return queue.size();
    }
}
