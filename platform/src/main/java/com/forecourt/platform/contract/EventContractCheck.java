package com.forecourt.platform.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.common.DomainEvent;
import com.forecourt.platform.axon.SchemaRevisionResolver;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Checks every domain event against the committed schema of its revision when it is published, before it is
 * stored: the payload is written to JSON with Axon's own mapper (what the serializer stores) and validated with
 * formats asserted. An event that does not match is refused with an {@link EventContractViolation} and a log line
 * naming its type and the complaints; the command that applied it fails and nothing of it is stored.
 */
public class EventContractCheck implements MessageDispatchInterceptor<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(EventContractCheck.class);

    private final EventSchemas schemas;
    private final ObjectMapper mapper;
    private final SchemaRevisionResolver revisions = new SchemaRevisionResolver();

    public EventContractCheck(EventSchemas schemas, ObjectMapper mapper) {
        this.schemas = schemas;
        this.mapper = mapper;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, message) -> {
            check(message.getPayload());
            return message;
        };
    }

    /** Throws {@link EventContractViolation} when a domain event does not match its schema; ignores anything else. */
    public void check(Object payload) {
        if (!(payload instanceof DomainEvent)) {
            return;
        }
        Class<?> type = payload.getClass();
        int revision = Integer.parseInt(revisions.revisionOf(type));
        JsonNode json = mapper.valueToTree(payload);
        List<String> violations = EventSchemas.violations(schemas.schema(type, revision), json);
        if (!violations.isEmpty()) {
            String message = type.getName() + " revision " + revision + " does not match its committed schema "
                    + EventSchemas.resource(type, revision) + ": " + String.join("; ", violations);
            log.error("Refusing to store an event: {}", message);
            throw new EventContractViolation(message);
        }
    }
}
