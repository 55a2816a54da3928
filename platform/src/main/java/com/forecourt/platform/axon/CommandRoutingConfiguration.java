package com.forecourt.platform.axon;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.TargetedCommand;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.distributed.AnnotationRoutingStrategy;
import org.axonframework.commandhandling.distributed.RoutingStrategy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.commandhandling.gateway.RetryScheduler;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * How commands find their aggregate, how they are retried and how refusals travel back to the sender.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@EnableConfigurationProperties(CommandRetryProperties.class)
public class CommandRoutingConfiguration {

    /** Bean name to reference from {@code @Aggregate(commandTargetResolver = ...)}. */
    public static final String TARGET_RESOLVER = "targetedCommandTargetResolver";

    /** Resolves the aggregate from {@link TargetedCommand}, falling back to Axon's annotations. */
    @Bean(TARGET_RESOLVER)
    CommandTargetResolver targetedCommandTargetResolver() {
        return new TargetedCommandTargetResolver();
    }

    /**
     * Routes every command for one aggregate to the same node in a distributed deployment, so an aggregate is
     * never loaded on two nodes at once.
     */
    @Bean
    RoutingStrategy routingStrategy() {
        RoutingStrategy annotations = AnnotationRoutingStrategy.defaultStrategy();
        return command -> command.getPayload() instanceof TargetedCommand targeted
                ? targeted.targetId()
                : annotations.getRoutingKey(command);
    }

    /**
     * Retries only optimistic-locking conflicts: two commands on one aggregate at the same moment both succeed
     * one after the other instead of one failing. Business refusals are final and never retried.
     */
    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    RetryScheduler commandRetryScheduler(ScheduledExecutorService commandRetryExecutor,
                                         CommandRetryProperties retries) {
        return IntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .maxRetryCount(retries.maxRetries())
                .retryInterval(retries.retryIntervalMs())
                .nonTransientFailurePredicate(failure -> !isConcurrencyConflict(failure))
                .build();
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, RetryScheduler commandRetryScheduler) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(commandRetryScheduler)
                .build();
    }

    /**
     * Turns a {@link CommandRejectedException} into a {@link CommandExecutionException} whose details carry the
     * stable error code: only the details survive the trip back through Axon Server. Declared only: Axon's
     * auto-configuration puts every command handler interceptor bean on the command bus.
     */
    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> commandRejectionInterceptor() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (CommandRejectedException rejected) {
                throw new CommandExecutionException(rejected.getMessage(), rejected, rejected.rejection());
            }
        };
    }

    static boolean isConcurrencyConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
