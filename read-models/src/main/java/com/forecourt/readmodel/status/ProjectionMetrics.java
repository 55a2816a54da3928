package com.forecourt.readmodel.status;

import com.forecourt.readmodel.config.ProjectionsProperties;
import com.forecourt.readmodel.config.ReadModelRuntimeConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.function.ToDoubleFunction;
/**
 * Samples every projection on a timer ({@code forecourt.projections.sample-interval}, default 5 s) and exports the
 * samples as gauges tagged {@code projection=<name>}. A scrape reads the last sample and never touches the
 * database. A value that is unknown (no position yet, no replay running, no rate yet) is exported as NaN.
 */
@Component
class ProjectionMetrics implements DisposableBean {

    static final String PREFIX = "forecourt.projection.";
    private static final Logger log = LoggerFactory.getLogger(ProjectionMetrics.class);

    private final ProjectionCatalogue catalogue;
    private final ProjectionStatuses statuses;
    private final MeterRegistry registry;
    private final TaskScheduler scheduler;
    private final Duration interval;
    private ScheduledFuture<?> sampling;

    ProjectionMetrics(ProjectionCatalogue catalogue, ProjectionStatuses statuses, MeterRegistry registry,
                      @Qualifier(ReadModelRuntimeConfiguration.READ_MODEL_SCHEDULER) TaskScheduler scheduler,
                      ProjectionsProperties properties) {
        this.catalogue = catalogue;
        this.statuses = statuses;
        this.registry = registry;
        this.scheduler = scheduler;
        this.interval = properties.sampleInterval();
    }

    /** Processors exist once Axon has started, so gauges and the sampler start when the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (sampling != null) {
            return;
        }
        for (ProjectionDescriptor projection : catalogue.projections()) {
            register(projection.name());
        }
        sampling = scheduler.scheduleWithFixedDelay(this::sample, interval);
    }

    @Override
    public synchronized void destroy() {
        if (sampling != null) {
            sampling.cancel(true);
        }
    }

    private void sample() {
        try {
            statuses.sample();
        } catch (RuntimeException failure) {
            log.debug("Projection sampling failed", failure); // e.g. while the application shuts down
        }
    }

    private void register(String name) {
        gauge(name, "lag.events", state -> state.lagEvents());
        gauge(name, "lag.seconds", state -> value(state.lagSeconds()));
        gauge(name, "position", state -> state.position() == null ? Double.NaN : state.position());
        gauge(name, "head", state -> state.headPosition());
        gauge(name, "progress", state -> value(state.progress()));
        gauge(name, "events.per.second", state -> value(state.eventsPerSecond()));
        gauge(name, "dead.letters", state -> state.deadLetters());
        gauge(name, "active.version", state -> state.activeVersion());
        gauge(name, "eta.seconds", state -> value(state.etaSeconds()));
        for (ProjectionStatus status : ProjectionStatus.values()) {
            Gauge.builder(PREFIX + "status", statuses, m -> m.latest(name)
                            .map(state -> state.status() == status ? 1.0 : 0.0).orElse(Double.NaN))
                    .description("1 for the projection's current status, 0 for the others")
                    .tags("projection", name, "status", status.name())
                    .register(registry);
        }
    }

    private void gauge(String name, String metric, ToDoubleFunction<ProjectionState> value) {
        Gauge.builder(PREFIX + metric, statuses, m -> m.latest(name).map(value::applyAsDouble).orElse(Double.NaN))
                .tags("projection", name)
                .register(registry);
    }

    private static double value(Double value) {
        return value == null ? Double.NaN : value;
    }
}
