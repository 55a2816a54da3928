package com.forecourt.readmodel.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The dead letters of the projections on this node: list, retry through the current handlers and upcasters, evict.
 * A projection is known when its processing group has a dead-lettering event handler invoker, which Axon builds for
 * every event-handling group the {@link DeadLetterConfiguration} gives a queue.
 */
@Component
public class DeadLetters {

    /** Upper bound on the sequences one retry call processes, so a request always ends. */
    static final int MAX_RETRIES_PER_CALL = 10_000;

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Up to {@code first} letters, oldest sequence first, in queue order within a sequence. */
    public List<DeadLetterView> list(String projection, int first) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        List<DeadLetterView> views = new ArrayList<>();
        if (first <= 0) {
            return views;
        }
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                views.add(view(letter));
                if (views.size() >= first) {
                    return views;
                }
            }
        }
        return views;
    }

    /**
     * Processes the queued sequences again, one at a time, until none is left or one fails again (it then stays
     * queued, its retry count raised). Returns how many sequences were cleared.
     */
    public int retry(String projection) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processor(projection);
        int cleared = 0;
        while (cleared < MAX_RETRIES_PER_CALL && processor.processAny()) {
            cleared++;
        }
        return cleared;
    }

    /** Removes one letter; false when the projection has no letter with this id. */
    public boolean evict(String projection, String id) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (id.equals(identifier(letter))) {
                    queue.evict(letter);
                    return true;
                }
            }
        }
        return false;
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        processor(projection); // refuses unknown names before Axon registers a queue for them on demand
        return processing.deadLetterQueue(projection).orElseThrow(() -> unknown(projection));
    }

    private SequencedDeadLetterProcessor<EventMessage<?>> processor(String projection) {
        Objects.requireNonNull(projection, "projection");
        return processing.sequencedDeadLetterProcessor(projection).orElseThrow(() -> unknown(projection));
    }

    private UnknownDeadLetterQueueException unknown(String projection) {
        TreeSet<String> known = new TreeSet<>();
        processing.eventProcessors().keySet().forEach(name -> {
            if (processing.sequencedDeadLetterProcessor(name).isPresent()) {
                known.add(name);
            }
        });
        return new UnknownDeadLetterQueueException(projection, known);
    }

    static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        String aggregateId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        Long position = null;
        if (event instanceof TrackedEventMessage<?> tracked) {
            TrackingToken token = tracked.trackingToken();
            if (token != null && token.position().isPresent()) {
                position = token.position().getAsLong();
            }
        }
        String cause = letter.cause().map(DeadLetters::describe).orElse("unknown");
        Object retries = letter.diagnostics().get(ConnectivityAwareEnqueuePolicy.RETRIES);
        Instant enqueuedAt = letter.enqueuedAt();
        return new DeadLetterView(identifier(letter), eventType(event), aggregateId, position, cause,
                retries instanceof Number number ? number.intValue() : 0,
                OffsetDateTime.ofInstant(enqueuedAt, ZoneOffset.UTC));
    }

    private static String identifier(DeadLetter<?> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc ? jdbc.getIdentifier() : letter.message().getIdentifier();
    }

    private static String eventType(EventMessage<?> event) {
        try {
            return event.getPayloadType().getSimpleName();
        } catch (RuntimeException unresolvable) {
            return "unknown";
        }
    }

    private static String describe(Cause cause) {
        String type = cause.type();
        if (ProjectionFailure.class.getName().equals(type) && cause.message() != null) {
            return cause.message(); // already "Type: what went wrong"
        }
        String simpleType = type == null ? "unknown" : type.substring(type.lastIndexOf('.') + 1);
        return cause.message() == null || cause.message().isBlank() ? simpleType : simpleType + ": " + cause.message();
    }
}
