package com.forecourt.checkout.saga;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;

/**
 * Deadlines that survive a restart: db-scheduler keeps them in PostgreSQL ({@code scheduled_tasks}, created by the
 * command side's Flyway migration) and any node fires a due one, also after every node was down when it fell due.
 *
 * <p>Only the {@link Scheduler} is defined here. Axon's {@code AxonDbSchedulerAutoConfiguration} is conditional on a
 * Scheduler bean and then contributes the rest: the task that runs Axon deadlines (a {@link Task} bean the scheduler
 * below receives), the {@code DbSchedulerDeadlineManager} sagas are injected with, and a db-scheduler backed
 * {@code EventScheduler}. It builds the deadline manager with {@code startScheduler(false)}, leaving the scheduler's
 * life to whoever created it: {@link #deadlineSchedulerLifecycle}.
 *
 * <p>db-scheduler's Spring Boot starter exists for Boot 4 ({@code db-scheduler-spring-boot-4-starter} 16.12, built
 * against Boot 4.0, not 4.1), but the plain library is used: the few settings needed here fit in one bean, and the
 * starter would bring its own properties, serializer selection, health indicator and metrics auto-configurations
 * into both applications. db-scheduler 16 is compiled for Java 17.
 */
@Configuration(proxyBeanMethods = false)
public class CheckoutDeadlineConfiguration {

    /** db-scheduler's default table name, spelled out because the migration creates it. */
    static final String TABLE = "scheduled_tasks";

    /**
     * Reads and writes through a transaction-aware proxy: a deadline scheduled or cancelled by the saga is written in
     * the saga's transaction (Axon does it in the unit of work's prepare-commit phase), so it exists exactly when the
     * saga state that refers to it does. Outside a transaction (the scheduler's own polling) the proxy hands out
     * ordinary auto-commit connections. Task data keeps db-scheduler's default Java serialization, which Axon's
     * binary deadline details are made for.
     */
    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, List<Task<?>> tasks, CheckoutProperties properties) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), tasks)
                .tableName(TABLE)
                .pollingInterval(properties.deadlinePollingInterval())
                .shutdownMaxWait(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Starts polling after every other bean (the deadline task looks the deadline manager up when it runs) and stops
     * before them, so no deadline fires into a half-stopped application.
     */
    @Bean
    SmartLifecycle deadlineSchedulerLifecycle(Scheduler deadlineScheduler) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                deadlineScheduler.start();
                running = true;
            }

            @Override
            public void stop() {
                deadlineScheduler.stop();
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }
        };
    }
}
