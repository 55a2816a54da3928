package com.forecourt.deployment;

import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.deployment.MessageCatalogue.Query;
import com.forecourt.platform.axon.AxonSerializationConfiguration;
import com.forecourt.platform.axon.EventRevisionConfiguration;
import com.forecourt.readmodel.consistency.ConsistentReads;
import com.forecourt.readmodel.consistency.StaleRead;
import io.axoniq.axonserver.grpc.command.Command;
import io.axoniq.axonserver.grpc.command.CommandResponse;
import io.axoniq.axonserver.grpc.query.QueryRequest;
import io.axoniq.axonserver.grpc.query.QueryResponse;
import io.axoniq.axonserver.grpc.query.QueryUpdate;
import org.axonframework.axonserver.connector.AxonServerConfiguration;
import org.axonframework.axonserver.connector.command.CommandSerializer;
import org.axonframework.axonserver.connector.query.QuerySerializer;
import org.axonframework.axonserver.connector.query.subscription.SubscriptionMessageSerializer;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.GenericCommandResultMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.GenericQueryResponseMessage;
import org.axonframework.queryhandling.GenericSubscriptionQueryUpdateMessage;
import org.axonframework.queryhandling.QueryExecutionException;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.QueryResponseMessage;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.EventProcessingAutoConfiguration;
import org.axonframework.springboot.autoconfig.InfraConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.ClassUtils;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the two sides send each other through Axon Server survives the trip: commands and their results,
 * events, queries, their answers and subscription updates. In one process nothing is serialized, so the integration
 * tests cannot see this; here every message is put through the very serializers the applications build (Axon's
 * auto-configuration with Forecourt's Jackson mapper, revisions and upcasters) and through the Axon Server
 * connector's own converters ({@link CommandSerializer}, {@link QuerySerializer}, {@link SubscriptionMessageSerializer}),
 * including the {@link ResponseType} conversion the caller's query bus applies. No Axon Server is needed.
 *
 * <p>The message types come from the handlers ({@link MessageCatalogue}) and the samples from their declarations
 * ({@link Samples}), so a new command, event or query is checked without changing this test.
 */
class SerializationContractTest {

    private static final String PLATFORM_DEFAULTS = "META-INF/forecourt/platform-defaults.properties";

    private static MessageCatalogue catalogue;
    private static Serializer general;
    private static Serializer messages;
    private static Serializer events;
    private static EventUpcaster upcasters;
    private static CommandSerializer commandConverter;
    private static QuerySerializer queryConverter;
    private static SubscriptionMessageSerializer updateConverter;

    @BeforeAll
    static void buildTheApplicationsSerializers() throws IOException {
        catalogue = MessageCatalogue.discover();
        assertThat(catalogue.commands()).as("commands found in @CommandHandlers").isNotEmpty();
        assertThat(catalogue.queries()).as("queries found in @QueryHandlers").isNotEmpty();
        assertThat(catalogue.events()).as("events found in events-api and the event handlers").isNotEmpty();

        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource(PLATFORM_DEFAULTS));
        List<Class<?>> configurations = new ArrayList<>(List.of(AxonSerializationConfiguration.class,
                EventRevisionConfiguration.class, AxonAutoConfiguration.class, InfraConfiguration.class,
                EventProcessingAutoConfiguration.class, NoOpTransactionAutoConfiguration.class));
        configurations.addAll(upcastingConfigurations());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(configurations.toArray(Class<?>[]::new)))
                .withPropertyValues(defaults.stringPropertyNames().stream()
                        .filter(name -> name.startsWith("axon.serializer."))
                        .map(name -> name + "=" + defaults.getProperty(name)).toArray(String[]::new))
                .run(context -> {
                    failure.set(context.getStartupFailure());
                    if (failure.get() == null) {
                        general = context.getBean("serializer", Serializer.class);
                        messages = context.getBean("messageSerializer", Serializer.class);
                        events = context.getBean("eventSerializer", Serializer.class);
                        upcasters = new EventUpcasterChain(
                                context.getBeanProvider(EventUpcaster.class).orderedStream().toList());
                    }
                });
        assertThat(failure.get()).as("Axon's auto-configuration builds the serializers").isNull();

        AxonServerConfiguration connector = new AxonServerConfiguration();
        commandConverter = new CommandSerializer(messages, connector);
        queryConverter = new QuerySerializer(messages, general, connector);
        updateConverter = new SubscriptionMessageSerializer(messages, general, connector);
    }

    @TestFactory
    Stream<DynamicTest> canCarryEveryCommandToItsHandler() {
        return catalogue.commands().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Object command = new Samples().of(type);
            Command wire = commandConverter.serialize(GenericCommandMessage.asCommandMessage(command), "routing-key", 0);
            CommandMessage<?> received = commandConverter.deserialize(wire);
            assertThat(received.getPayload()).isEqualTo(command);
        }));
    }

    @TestFactory
    Stream<DynamicTest> canCarryEveryCommandResultBackToTheSender() {
        return catalogue.commandResults().entrySet().stream().map(result ->
                DynamicTest.dynamicTest(result.getKey(), () -> {
                    Object value = new Samples().of(result.getValue());
                    CommandResponse wire = commandConverter.serialize(
                            GenericCommandResultMessage.asCommandResultMessage(value), "command-id");
                    CommandResultMessage<?> received = commandConverter.deserialize(wire);
                    assertThat(received.getPayload()).isEqualTo(value);
                }));
    }

    /** Business refusals travel as the details of a {@link CommandExecutionException} (platform's interceptor). */
    @TestFactory
    Stream<DynamicTest> canCarryEveryRefusalBackToTheSender() {
        return Stream.of(ErrorCode.values()).map(code -> DynamicTest.dynamicTest(code.name(), () -> {
            CommandRejection rejection = new CommandRejection(code, "Refused: " + code);
            CommandResponse wire = commandConverter.serialize(GenericCommandResultMessage.asCommandResultMessage(
                    new CommandExecutionException(rejection.message(), null, rejection)), "command-id");
            CommandResultMessage<?> received = commandConverter.deserialize(wire);
            assertThat(received.exceptionResult()).isInstanceOf(HandlerExecutionException.class);
            assertThat(((HandlerExecutionException) received.exceptionResult()).getDetails()).contains(rejection);
        }));
    }

    /** A query asked to see a position carries it to the handling node, where {@code ConsistentReads} waits on it. */
    @Test
    void canCarryTheConsistencyPositionOfAQuery() {
        QueryMessage<?, ?> asked = new GenericQueryMessage<>("a query", ResponseTypes.instanceOf(String.class))
                .andMetaData(Map.of(ConsistentReads.POSITION, 4_200_000_000L));

        QueryMessage<?, ?> received = queryConverter.deserializeRequest(
                queryConverter.serializeRequest(asked, 1, 1_000, 0));

        assertThat(received.getMetaData().get(ConsistentReads.POSITION)).isInstanceOf(Number.class)
                .extracting(value -> ((Number) value).longValue()).isEqualTo(4_200_000_000L);
    }

    /** A read model still behind refuses the query with details the asking node turns into STALE_READ. */
    @Test
    void canCarryAStaleReadBackToTheAsker() {
        StaleRead stale = new StaleRead("order-details", 42L);
        QueryResponseMessage<?> refused = new GenericQueryResponseMessage<>(String.class,
                new QueryExecutionException("behind", null, stale));

        QueryResponseMessage<?> received = queryConverter.deserializeResponse(
                queryConverter.serializeResponse(refused, "query-id"), ResponseTypes.instanceOf(String.class));

        assertThat(received.exceptionResult()).isInstanceOf(QueryExecutionException.class);
        assertThat(((QueryExecutionException) received.exceptionResult()).getDetails()).contains(stale);
    }

    /** Events are stored in and streamed from Axon Server as serialized payloads, read through the upcasters. */
    @TestFactory
    Stream<DynamicTest> canStoreAndReadEveryEvent() {
        return catalogue.events().stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> {
            Object event = new Samples().of(type);
            SerializedObject<byte[]> payload = events.serialize(event, byte[].class);
            GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Aggregate", "aggregate-1", 0,
                    "event-1", "2025-03-14T09:30:00Z", payload.getType().getName(), payload.getType().getRevision(),
                    payload.getData(), "{}".getBytes());
            Object read = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(stored), events, upcasters)
                    .next().getPayload();
            assertThat(read).isEqualTo(event);
        }));
    }

    @TestFactory
    Stream<DynamicTest> canCarryEveryQueryToItsHandler() {
        return catalogue.queries().stream().map(query -> DynamicTest.dynamicTest(query.type().getSimpleName(), () -> {
            Object payload = new Samples().of(query.type());
            QueryRequest wire = queryConverter.serializeRequest(
                    new GenericQueryMessage<>(payload, responseTypeOf(query.answer())), 1, 1_000, 0);
            QueryMessage<?, ?> received = queryConverter.deserializeRequest(wire);
            assertThat(received.getPayload()).isEqualTo(payload);
            assertThat(received.getResponseType().getExpectedResponseType())
                    .isEqualTo(responseTypeOf(query.answer()).getExpectedResponseType());
        }));
    }

    /**
     * The answering side runs the query on its local bus and sends the response message; the asking side reads it
     * and converts it to the response type it asked for, as {@code AxonServerQueryBus} does. The caller is assumed
     * to ask for what the handler declares: {@code multipleInstancesOf} for a collection, {@code instanceOf} else.
     */
    @TestFactory
    Stream<DynamicTest> canCarryEveryQueryAnswerBackToTheAsker() {
        return catalogue.queries().stream().map(query -> DynamicTest.dynamicTest(query.type().getSimpleName(), () -> {
            Samples samples = new Samples();
            Object payload = samples.of(query.type());
            Object answer = samples.of(query.answer());
            ResponseType<?> asked = responseTypeOf(query.answer());
            QueryRequest request = queryConverter.serializeRequest(new GenericQueryMessage<>(payload, asked), 1, 1_000, 0);

            QueryResponseMessage<?> answered = answerLocally(queryConverter.deserializeRequest(request), query, answer);
            QueryResponse wire = queryConverter.serializeResponse(answered, request.getMessageIdentifier());
            Object received = queryConverter.deserializeResponse(wire, asked).getPayload();

            assertThat(received).as("what %s answers, as the asker receives it", query.handler())
                    .isEqualTo(asked.convert(answer));
        }));
    }

    /**
     * A subscription query's updates go from the emitting projection through Axon Server to the subscriber; an
     * update has the type of the query's initial answer, so every query's answer is checked as an update too.
     */
    @TestFactory
    Stream<DynamicTest> canCarryEveryQueryAnswerAsASubscriptionUpdate() {
        return catalogue.queries().stream().map(query -> DynamicTest.dynamicTest(query.type().getSimpleName(), () -> {
            Object update = new Samples().of(query.answer());
            QueryUpdate wire = updateConverter.serialize(GenericSubscriptionQueryUpdateMessage.asUpdateMessage(update));
            Object received = updateConverter.deserialize(wire).getPayload();
            assertThat(received).as("an update of %s, as the subscriber receives it", query.type().getSimpleName())
                    .isEqualTo(update);
        }));
    }

    /** What the answering side's query bus makes of the handler's answer, as {@code QueryProcessingTask} runs it. */
    private static QueryResponseMessage<?> answerLocally(QueryMessage<?, ?> received, Query query, Object answer)
            throws Exception {
        SimpleQueryBus local = SimpleQueryBus.builder().build();
        local.subscribe(received.getQueryName(), query.answer(), message -> answer);
        @SuppressWarnings("unchecked")
        QueryMessage<Object, Object> message = (QueryMessage<Object, Object>) received;
        return local.query(message).get();
    }

    /** The response type a caller asks with for what a handler declares. */
    private static ResponseType<?> responseTypeOf(Type answer) {
        if (answer instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type element = parameterized.getActualTypeArguments()[0];
            Class<?> elementClass = element instanceof ParameterizedType nested ? (Class<?>) nested.getRawType()
                    : (Class<?>) element;
            if (Collection.class.isAssignableFrom(raw)) {
                return ResponseTypes.multipleInstancesOf(elementClass);
            }
            if (raw == Optional.class) {
                return ResponseTypes.optionalInstanceOf(elementClass);
            }
            return ResponseTypes.instanceOf(raw);
        }
        return ResponseTypes.instanceOf((Class<?>) answer);
    }

    private static List<Class<?>> upcastingConfigurations() {
        List<Class<?>> found = new ArrayList<>();
        for (String candidate : ImportCandidates.load(AutoConfiguration.class,
                SerializationContractTest.class.getClassLoader())) {
            if (candidate.startsWith("com.forecourt.") && candidate.contains(".upcasting.")) {
                found.add(ClassUtils.resolveClassName(candidate, null));
            }
        }
        return found;
    }
}
