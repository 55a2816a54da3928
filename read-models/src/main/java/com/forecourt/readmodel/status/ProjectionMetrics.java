package com.forecourt.readmodel.status;

import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
    private final ProjectionMonitor monitor;
    private final MeterRegistry registry;
    private final Duration interval;
    private ScheduledExecutorService sampler;

    ProjectionMetrics(ProjectionCatalogue catalogue, ProjectionMonitor monitor, MeterRegistry registry,
                      @Value("${forecourt.projections.sample-interval:5s}") Duration interval) {
        this.catalogue = catalogue;
        this.monitor = monitor;
        this.registry = registry;
        this.interval = interval;
    }

    /** Processors exist once Axon has started, so gauges and the sampler start when the application is ready. */
    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (sampler != null) {
            return;
        }
        for (ProjectionDescriptor projection : catalogue.projections()) {
            register(projection.name());
        }
        sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "projection-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleWithFixedDelay(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void destroy() {
        if (sampler != null) {
            sampler.shutdownNow();
        }
    }

    private void sample() {
        try {
            monitor.sample();
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
            Gauge.builder(PREFIX + "status", monitor, m -> m.latest(name)
                            .map(state -> state.status() == status ? 1.0 : 0.0).orElse(Double.NaN))
                    .description("1 for the projection's current status, 0 for the others")
                    .tags("projection", name, "status", status.name())
                    .register(registry);
        }
    }

    private void gauge(String name, String metric, ToDoubleFunction<ProjectionState> value) {
        Gauge.builder(PREFIX + metric, monitor, m -> m.latest(name).map(value::applyAsDouble).orElse(Double.NaN))
                .tags("projection", name)
                .register(registry);
    }

    private static double value(Double value) {
        return value == null ? Double.NaN : value;
    }
}
