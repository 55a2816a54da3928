package com.forecourt.platform.axon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.common.DomainEvent;
import com.forecourt.platform.contract.EventSchemas;
import com.networknt.schema.Schema;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Test support for the event contract on the platform side (docs/events.md): the committed schemas shipped in the
 * events-api jar, the stored samples of old revisions, the real Axon serializer, and the upcasters as the
 * application registers them.
 */
public final class EventContract {

    private static final String ROOT_PACKAGE = "com.forecourt.";
    private static final ObjectMapper MAPPER = AxonSerializationConfiguration.axonObjectMapper();
    private static final EventSchemas SCHEMAS = new EventSchemas();

    private EventContract() {
    }

    /** Every concrete {@link DomainEvent} compiled in events-api (not test fixtures elsewhere), by name. */
    public static List<Class<?>> events() {
        URL eventsApi = DomainEvent.class.getProtectionDomain().getCodeSource().getLocation();
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        return scanner.findCandidateComponents(ROOT_PACKAGE.substring(0, ROOT_PACKAGE.length() - 1)).stream()
                .<Class<?>>map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
                .filter(event -> eventsApi.equals(event.getProtectionDomain().getCodeSource().getLocation()))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    /** The revision Axon stores for the event. */
    public static int revision(Class<?> event) {
        return Integer.parseInt(new SchemaRevisionResolver().revisionOf(event));
    }

    /** The committed schema of an event at a revision, from the events-api jar ({@code schemas/...}). */
    public static Schema schema(Class<?> event, int revision) {
        return SCHEMAS.schema(event, revision);
    }

    /** The stored JSON sample of an old revision: {@code event-samples/<feature>/<Event>.v<n>.sample.json}. */
    public static String sampleResource(Class<?> event, int revision) {
        return "event-samples/" + EventSchemas.featurePath(event, revision) + ".sample.json";
    }

    /** Whether the sample exists in the test resources. */
    public static boolean hasSample(Class<?> event, int revision) {
        return EventContract.class.getClassLoader().getResource(sampleResource(event, revision)) != null;
    }

    /** The sample of an old revision as a JSON tree. */
    public static JsonNode sample(Class<?> event, int revision) {
        return readTree(sampleResource(event, revision));
    }

    /** The validation errors of a payload against a schema, formats asserted; empty when it is valid. */
    public static List<String> violations(Schema schema, JsonNode payload) {
        return EventSchemas.violations(schema, payload);
    }

    /** The event serializer as {@code AxonAutoConfiguration} builds it: Jackson, our mapper, our revisions. */
    public static Serializer eventSerializer() {
        return JacksonSerializer.builder()
                .revisionResolver(new SchemaRevisionResolver())
                .objectMapper(AxonSerializationConfiguration.axonObjectMapper())
                .build();
    }

    /**
     * Every {@link EventUpcaster} bean of the upcasting auto-configurations (packages {@code *.upcasting}), in the
     * order the JDBC storage engine applies them.
     */
    public static EventUpcaster upcasterChain() {
        List<Class<?>> configurations = new ArrayList<>();
        for (String candidate : ImportCandidates.load(AutoConfiguration.class, EventContract.class.getClassLoader())) {
            if (candidate.startsWith(ROOT_PACKAGE) && candidate.contains(".upcasting.")) {
                configurations.add(ClassUtils.resolveClassName(candidate, null));
            }
        }
        AtomicReference<List<EventUpcaster>> upcasters = new AtomicReference<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(configurations.toArray(Class<?>[]::new)))
                .run(context -> upcasters.set(context.getBeanProvider(EventUpcaster.class).orderedStream().toList()));
        return new EventUpcasterChain(upcasters.get());
    }

    /**
     * Reads a stored payload the way an aggregate or processor does: through the upcaster chain, then the
     * serializer. Returns the message, whose payload is the current event record.
     *
     * @param revision the stored {@code payload_revision}; {@code null} for rows written before revisions were
     *                 recorded
     */
    public static DomainEventMessage<?> readStored(Class<?> event, String revision, JsonNode payload,
                                                   Serializer serializer, EventUpcaster upcasters) {
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(stored(event, revision, payload)), serializer, upcasters);
        return stream.next();
    }

    private static GenericDomainEventEntry<byte[]> stored(Class<?> event, String revision, JsonNode payload) {
        return new GenericDomainEventEntry<>("Aggregate", "aggregate-1", 0, "event-1", "2025-03-14T09:30:00Z",
                event.getName(), revision, bytes(payload), "{}".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs a stored payload through the upcaster chain only, as the storage engine does before deserializing.
     * Returns the representation the serializer would then read: its type (with revision) and JSON payload.
     */
    public static IntermediateEventRepresentation upcast(Class<?> event, String revision, JsonNode payload,
                                                         Serializer serializer, EventUpcaster upcasters) {
        InitialEventRepresentation initial = new InitialEventRepresentation(stored(event, revision, payload),
                serializer);
        List<IntermediateEventRepresentation> upcast = upcasters.upcast(Stream.of(initial)).toList();
        if (upcast.size() != 1) {
            throw new AssertionError("Upcasting one " + event.getSimpleName() + " gave " + upcast.size() + " events");
        }
        return upcast.get(0);
    }

    /** Parses serialized JSON with Axon's mapper. */
    public static JsonNode tree(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(JsonNode payload) {
        try {
            return MAPPER.writeValueAsBytes(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String resource) {
        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
