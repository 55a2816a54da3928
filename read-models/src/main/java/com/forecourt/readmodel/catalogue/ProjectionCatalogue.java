package com.forecourt.readmodel.catalogue;

import com.forecourt.readmodel.ReadModel;
import com.forecourt.readmodel.Store;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The projections of this node, discovered from Axon's event processors and the projectors' declarations: a
 * streaming processor is a projection when every event handler it invokes is a class declared with
 * {@link ReadModel}, all under the processor's name and of one store. Saga processors (such as the command side's
 * {@code checkout-saga}) invoke a saga manager, and undeclared handlers (test projectors) are not read models, so
 * neither is listed. Processors exist only once Axon's configuration has started, so the list is built on first use.
 */
@Component
public class ProjectionCatalogue {

    private final EventProcessingConfiguration processing;
    private volatile List<ProjectionDescriptor> projections;

    ProjectionCatalogue(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Every projection, by name. */
    public List<ProjectionDescriptor> projections() {
        List<ProjectionDescriptor> known = projections;
        if (known == null) {
            known = discover();
            if (!known.isEmpty()) {
                projections = known;
            }
        }
        return known;
    }

    public Optional<ProjectionDescriptor> find(String name) {
        return projections().stream().filter(projection -> projection.name().equals(name)).findFirst();
    }

    /** The projection of this name, or an {@link UnknownProjectionException} naming the known ones. */
    public ProjectionDescriptor get(String name) {
        return find(name).orElseThrow(() -> new UnknownProjectionException(name,
                projections().stream().map(ProjectionDescriptor::name).toList()));
    }

    /** This node's processor of a projection. */
    public Optional<StreamingEventProcessor> processor(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        return processor instanceof StreamingEventProcessor streaming ? Optional.of(streaming) : Optional.empty();
    }

    /**
     * The projectors of a projection, as this node's live processor invokes them, and the policy that decides which
     * events must be handled in order: what a rebuild's processor needs to run the same code.
     */
    public Optional<SimpleEventHandlerInvoker> projectors(String name) {
        EventProcessor processor = processing.eventProcessors().get(name);
        if (processor instanceof AbstractEventProcessor axon) {
            EventHandlerInvoker invoker = axon.eventHandlerInvoker();
            if (invoker instanceof MultiEventHandlerInvoker multi && multi.delegates().size() == 1) {
                invoker = multi.delegates().get(0);
            }
            if (invoker instanceof SimpleEventHandlerInvoker simple) {
                return Optional.of(simple);
            }
        }
        return Optional.empty();
    }

    /**
     * Empties a projection's dead-letter queue, joining the caller's transaction: after a rebuild or replay every
     * event has been handled again, so what was parked is either in the model now or parked anew.
     */
    public void clearDeadLetters(String name) {
        processing.deadLetterQueue(name).ifPresent(queue -> queue.clear());
    }

    private List<ProjectionDescriptor> discover() {
        List<ProjectionDescriptor> found = new ArrayList<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor && processor instanceof AbstractEventProcessor axon) {
                List<Class<?>> handlers = new ArrayList<>();
                collectHandlerTypes(axon.eventHandlerInvoker(), handlers);
                describe(name, handlers).ifPresent(found::add);
            }
        });
        found.sort(Comparator.comparing(ProjectionDescriptor::name));
        return List.copyOf(found);
    }

    /** A descriptor when every handler is declared under this name with one store; empty otherwise. */
    static Optional<ProjectionDescriptor> describe(String name, List<Class<?>> handlers) {
        if (handlers.isEmpty()) {
            return Optional.empty();
        }
        Set<Store> stores = new LinkedHashSet<>();
        Set<String> tables = new LinkedHashSet<>();
        Set<String> indices = new LinkedHashSet<>();
        for (Class<?> handler : handlers) {
            Optional<ReadModel> declared = ReadModelDeclarations.of(handler);
            if (declared.isEmpty() || !declared.get().processingGroup().equals(name)) {
                return Optional.empty();
            }
            stores.add(declared.get().store());
            tables.addAll(List.of(declared.get().tables()));
            indices.addAll(List.of(declared.get().indices()));
        }
        return stores.size() == 1
                ? Optional.of(new ProjectionDescriptor(name, stores.iterator().next(), List.copyOf(tables),
                        List.copyOf(indices)))
                : Optional.empty();
    }

    private static void collectHandlerTypes(EventHandlerInvoker invoker, List<Class<?>> types) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            multi.delegates().forEach(delegate -> collectHandlerTypes(delegate, types));
        } else if (invoker instanceof SimpleEventHandlerInvoker simple) {
            for (EventMessageHandler handler : simple.eventHandlers()) {
                types.add(handler.getTargetType());
            }
        } else {
            types.add(invoker.getClass()); // a saga manager or something else that is not a projection
        }
    }
}
