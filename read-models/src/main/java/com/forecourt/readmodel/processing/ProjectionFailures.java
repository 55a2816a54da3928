package com.forecourt.readmodel.processing;

import com.forecourt.readmodel.deadletter.FailureDescriptions;
import org.axonframework.eventhandling.ErrorContext;
import org.axonframework.eventhandling.ErrorHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last batch each processor failed on, e.g. because its store is down. Poison events never get here (they are
 * dead-lettered by the invoker); what does is a failure the processor retries with backoff, without moving its
 * token. A projection is in ERROR while its token is still below the failed batch: once a retry has committed that
 * batch, the failure is history.
 */
@Component
public class ProjectionFailures {

    /** A failed batch: its last position (null when unknown), the cause, and when. */
    public record Failure(Long position, String cause, Instant at) {
    }

    private final Map<String, Failure> latest = new ConcurrentHashMap<>();
    private final Clock clock;

    ProjectionFailures(Clock clock) {
        this.clock = clock;
    }

    /** An error handler that records each failure and then hands it to {@code delegate}. */
    public ErrorHandler recording(ErrorHandler delegate) {
        return context -> {
            record(context);
            delegate.handleError(context);
        };
    }

    /** The failure of a processor that its token has not moved past, if any. */
    public Optional<Failure> unresolved(String processor, Long position) {
        Failure failure = latest.get(processor);
        if (failure == null) {
            return Optional.empty();
        }
        if (failure.position() != null && position != null && position >= failure.position()) {
            latest.remove(processor, failure);
            return Optional.empty();
        }
        return Optional.of(failure);
    }

    private void record(ErrorContext context) {
        Long position = null;
        for (EventMessage<?> event : context.failedEvents()) {
            if (event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
                OptionalLong at = tracked.trackingToken().position();
                if (at.isPresent()) {
                    position = position == null ? at.getAsLong() : Math.max(position, at.getAsLong());
                }
            }
        }
        latest.put(context.eventProcessor(), new Failure(position, describe(context.error()), clock.instant()));
    }

    /** What failed and, when the cause chain ends elsewhere, its root; no data that failed (FailureDescriptions). */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = FailureDescriptions.describe(error);
        if (root != error) {
            message += " (caused by " + FailureDescriptions.describe(root) + ")";
        }
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
