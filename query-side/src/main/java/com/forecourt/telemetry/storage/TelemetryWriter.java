package com.forecourt.telemetry.storage;

import com.forecourt.telemetry.TelemetryMetrics;
import com.forecourt.telemetry.TelemetryMetrics.DropReason;
import com.forecourt.telemetry.event.TelemetryDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

/**
 * Empties the buffer into Elasticsearch in bulk requests of up to {@code forecourt.telemetry.batch-size} events, on
 * the telemetry scheduler, resting {@code flush-interval} once the buffer is empty. A request that fails is never
 * retried: its events are dropped and counted ({@code store_unavailable} when Elasticsearch could not be reached or
 * could not take them now, {@code refused_by_store} when it refused a document for good), so an outage costs the
 * events of the outage and nothing else, and memory stays bounded by the buffer. The first failure of an outage is
 * logged as a warning, the rest at debug, and the return of the store at info. On shutdown the buffer is written once
 * more.
 */
public final class TelemetryWriter implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TelemetryWriter.class);

    private final TelemetryBuffer buffer;
    private final TelemetryStore store;
    private final TelemetryMetrics metrics;
    private final TaskScheduler scheduler;
    private final int batchSize;
    private final Duration interval;
    private ScheduledFuture<?> flushing;
    private boolean failing;
    private volatile boolean stopping;

    public TelemetryWriter(TelemetryBuffer buffer, TelemetryStore store, TelemetryMetrics metrics,
                           TaskScheduler scheduler, int batchSize, Duration interval) {
        this.buffer = buffer;
        this.store = store;
        this.metrics = metrics;
        this.scheduler = scheduler;
        this.batchSize = batchSize;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (flushing == null) {
            flushing = scheduler.scheduleWithFixedDelay(this::flush, interval);
        }
    }

    /**
     * Writes what the buffer holds now, a batch at a time; at most one buffer's worth, so that a steady stream cannot
     * keep it here forever. Never throws.
     *
     * @return how many events it took from the buffer
     */
    public synchronized int flush() {
        int taken = 0;
        int budget = Math.max(buffer.size(), batchSize);
        while (taken < budget) {
            List<TelemetryDocument> batch = buffer.drain(batchSize);
            if (batch.isEmpty()) {
                break;
            }
            taken += batch.size();
            if (!write(batch) && stopping) {
                // shutting down with the store unreachable: one failure is enough, or a hanging store would hold the
                // shutdown for a socket timeout per batch
                List<TelemetryDocument> rest = buffer.drain(Integer.MAX_VALUE);
                metrics.dropped(DropReason.STORE_UNAVAILABLE, rest.size());
                taken += rest.size();
                break;
            }
        }
        return taken;
    }

    /** Sends one batch; {@code false} if Elasticsearch could not be reached or could not take all of it now. */
    private boolean write(List<TelemetryDocument> batch) {
        try {
            TelemetryStore.Outcome outcome = store.write(batch);
            metrics.written(outcome.written());
            if (outcome.unavailable() > 0) {
                metrics.dropped(DropReason.STORE_UNAVAILABLE, outcome.unavailable());
            }
            if (outcome.refused() > 0) {
                metrics.dropped(DropReason.REFUSED_BY_STORE, outcome.refused());
                log.error("Elasticsearch refused {} of {} telemetry events (first: {}); the mapping "
                        + "(telemetry/index.json) is out of step with the event schemas", outcome.refused(),
                        batch.size(), outcome.firstRefusal());
            }
            if (failing && outcome.unavailable() == 0) {
                failing = false;
                log.info("Telemetry is reaching Elasticsearch again");
            }
            return outcome.unavailable() == 0;
        } catch (Exception e) {
            metrics.dropped(DropReason.STORE_UNAVAILABLE, batch.size());
            if (!failing) {
                failing = true;
                log.warn("Dropped {} telemetry events: Elasticsearch could not take them ({}); further drops are "
                        + "counted in forecourt.telemetry.dropped", batch.size(), e.toString());
            } else {
                log.debug("Dropped {} telemetry events: {}", batch.size(), e.toString());
            }
            return false;
        }
    }

    /** Stops the loop and writes what is left, once. */
    @Override
    public void destroy() {
        stopping = true;
        synchronized (this) {
            if (flushing != null) {
                flushing.cancel(false);
            }
        }
        flush();
    }
}
