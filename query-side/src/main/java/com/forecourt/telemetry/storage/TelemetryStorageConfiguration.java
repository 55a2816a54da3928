package com.forecourt.telemetry.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.readmodel.elasticsearch.ElasticsearchProperties;
import com.forecourt.telemetry.TelemetryMetrics;
import com.forecourt.telemetry.TelemetryProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.time.Clock;

/**
 * The telemetry pipeline behind the endpoint, on a scheduler of its own (one thread: the writer's loop and the daily
 * retention job), apart from the read-model runtime's: telemetry is not a read model, and a slow Elasticsearch write
 * here never delays a projection's sampling or rebuild.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "forecourt.telemetry.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TelemetryProperties.class)
class TelemetryStorageConfiguration {

    static final String TELEMETRY_SCHEDULER = "telemetryScheduler";

    @Bean(TELEMETRY_SCHEDULER)
    ThreadPoolTaskScheduler telemetryScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(1);
        scheduler.setThreadNamePrefix("telemetry-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        // the writer cancels its loop and writes what is left itself (TelemetryWriter.destroy)
        scheduler.setAcceptTasksAfterContextClose(true);
        return scheduler;
    }

    @Bean
    TelemetryMetrics telemetryMetrics(MeterRegistry registry) {
        return new TelemetryMetrics(registry);
    }

    @Bean
    TelemetryBuffer telemetryBuffer(TelemetryProperties properties, TelemetryMetrics metrics) {
        return new TelemetryBuffer(properties.bufferCapacity(), metrics);
    }

    @Bean
    TelemetryIndices telemetryIndices(ElasticsearchProperties elasticsearch) {
        return new TelemetryIndices(elasticsearch.indexPrefix());
    }

    @Bean
    TelemetryStore telemetryStore(ElasticsearchClient client, TelemetryIndices indices) {
        return new TelemetryStore(client, indices);
    }

    @Bean
    TelemetryWriter telemetryWriter(TelemetryBuffer buffer, TelemetryStore store, TelemetryMetrics metrics,
                                    @Qualifier(TELEMETRY_SCHEDULER) TaskScheduler scheduler,
                                    TelemetryProperties properties) {
        return new TelemetryWriter(buffer, store, metrics, scheduler, properties.batchSize(),
                properties.flushInterval());
    }

    @Bean
    TelemetryRetention telemetryRetention(TelemetryStore store, TelemetryIndices indices, Clock clock,
                                          @Qualifier(TELEMETRY_SCHEDULER) TaskScheduler scheduler,
                                          TelemetryProperties properties) {
        return new TelemetryRetention(store, indices, clock, properties.retention(), scheduler,
                properties.retentionSchedule());
    }
}
