package com.forecourt.readmodel.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The runtime's settings and its one scheduler: the projection sampler, the rebuild coordinator and the segment
 * balancer all run their loops on {@link #READ_MODEL_SCHEDULER}, a Spring task scheduler that stops with the
 * application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProjectionsProperties.class, RebuildProperties.class, ConsistencyProperties.class})
public class ReadModelRuntimeConfiguration {

    /** The bean name of the runtime's scheduler. */
    public static final String READ_MODEL_SCHEDULER = "readModelScheduler";

    @Bean(READ_MODEL_SCHEDULER)
    ThreadPoolTaskScheduler readModelScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setPoolSize(3); // one thread per loop, so a slow rebuild poll never delays sampling or balancing
        scheduler.setThreadNamePrefix("read-models-");
        scheduler.setDaemon(true);
        scheduler.setWaitForTasksToCompleteOnShutdown(false);
        // Spring would otherwise pause the scheduler at shutdown and wait for the loop under way, which may sit for
        // the pool's 30 s connection timeout when the database has gone first; each loop stops itself instead, and
        // the scheduler interrupts whatever still runs when it is destroyed.
        scheduler.setAcceptTasksAfterContextClose(true);
        return scheduler;
    }
}
