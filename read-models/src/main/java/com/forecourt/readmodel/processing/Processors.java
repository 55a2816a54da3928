package com.forecourt.readmodel.processing;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import org.axonframework.eventhandling.StreamingEventProcessor;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stopping a projection's processor before its tokens or tables are changed under it. */
public final class Processors {

    /** How long a processor may take to finish its batch and release its claims. */
    public static final Duration STOP_PATIENCE = Duration.ofSeconds(60);

    private Processors() {
    }

    /**
     * Stops a processor and waits until it has.
     *
     * @throws ProjectionBusyException when it does not stop within {@link #STOP_PATIENCE}
     */
    public static void stop(StreamingEventProcessor processor) {
        try {
            processor.shutdownAsync().get(STOP_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProjectionBusyException("Interrupted while stopping " + processor.getName(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ProjectionBusyException("Could not stop " + processor.getName() + ": " + e.getMessage(), e);
        }
    }
}
