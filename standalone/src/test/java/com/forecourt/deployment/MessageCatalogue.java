package com.forecourt.deployment;

import com.forecourt.common.DomainEvent;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.queryhandling.QueryHandler;

import java.lang.annotation.Annotation;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Every message type that crosses Axon Server, found in the compiled application rather than listed by hand:
 * commands are the first parameters of {@code @CommandHandler}s, queries and their answers the first parameters and
 * return types of {@code @QueryHandler}s, events the {@link DomainEvent} records plus the first parameters of event,
 * saga and event-sourcing handlers. A new handler or event is covered the moment it is compiled.
 */
final class MessageCatalogue {

    private static final String ROOT_PACKAGE = "com.forecourt";

    /** A query type and what its handler answers with (the declared, generic return type). */
    record Query(Class<?> type, Type answer, String handler) {
    }

    private final Set<Class<?>> commands = new TreeSet<>(Comparator.comparing(Class::getName));
    private final Map<String, Type> commandResults = new TreeMap<>();
    private final Set<Class<?>> events = new TreeSet<>(Comparator.comparing(Class::getName));
    private final Map<Class<?>, Query> queries = new TreeMap<>(Comparator.comparing(Class::getName));

    private MessageCatalogue() {
    }

    /** The application's main classes (not tests) below {@code com.forecourt}. */
    static MessageCatalogue discover() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT_PACKAGE);
        MessageCatalogue catalogue = new MessageCatalogue();
        for (JavaClass javaClass : classes) {
            if (javaClass.isAssignableTo(DomainEvent.class) && !javaClass.isInterface()
                    && !javaClass.getModifiers().contains(JavaModifier.ABSTRACT)) {
                catalogue.events.add(javaClass.reflect());
            }
            boolean handles = javaClass.getCodeUnits().stream().anyMatch(unit -> unit.isAnnotatedWith(CommandHandler.class)
                    || unit.isAnnotatedWith(QueryHandler.class) || unit.isAnnotatedWith(EventHandler.class)
                    || unit.isAnnotatedWith(SagaEventHandler.class) || unit.isAnnotatedWith(EventSourcingHandler.class));
            if (handles) {
                catalogue.addHandlers(javaClass.reflect());
            }
        }
        return catalogue;
    }

    private void addHandlers(Class<?> type) {
        List<Executable> units = new ArrayList<>(List.of(type.getDeclaredMethods()));
        units.addAll(List.of(type.getDeclaredConstructors()));
        for (Executable unit : units) {
            if (unit.getParameterCount() == 0) {
                continue;
            }
            Class<?> message = unit.getParameterTypes()[0];
            if (unit.isAnnotationPresent(CommandHandler.class)) {
                commands.add(message);
                if (unit instanceof Method method && method.getReturnType() != void.class) {
                    commandResults.put(method.toGenericString(), method.getGenericReturnType());
                } else {
                    // a constructor, or a creation policy, answers with the new aggregate's identifier
                    aggregateIdentifier(type).ifPresent(id -> commandResults.put(type.getName() + " identifier", id));
                }
            }
            if (unit.isAnnotationPresent(QueryHandler.class) && unit instanceof Method method) {
                queries.put(message, new Query(message, method.getGenericReturnType(), method.toGenericString()));
            }
            if (isEventHandler(unit) && isConcreteMessage(message)) {
                events.add(message);
            }
        }
    }

    private static boolean isEventHandler(Executable unit) {
        for (Class<? extends Annotation> annotation : List.of(EventHandler.class, SagaEventHandler.class,
                EventSourcingHandler.class)) {
            if (unit.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }

    /** A handler of {@code DomainEvent} or {@code Object} handles many types; the concrete ones come from events-api. */
    private static boolean isConcreteMessage(Class<?> type) {
        return type.getName().startsWith(ROOT_PACKAGE + ".") && !type.isInterface();
    }

    private static Optional<Type> aggregateIdentifier(Class<?> aggregate) {
        for (Class<?> type = aggregate; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.isAnnotationPresent(AggregateIdentifier.class)) {
                    return Optional.of(field.getGenericType());
                }
            }
        }
        return Optional.empty();
    }

    /** Every command type, by name. */
    List<Class<?>> commands() {
        return List.copyOf(commands);
    }

    /** What command handlers answer with, keyed by the handler. */
    Map<String, Type> commandResults() {
        return new LinkedHashMap<>(commandResults);
    }

    /** Every event type, by name. */
    List<Class<?>> events() {
        return List.copyOf(events);
    }

    /** Every query type with its handler's answer, by name. */
    List<Query> queries() {
        return List.copyOf(queries.values());
    }
}
