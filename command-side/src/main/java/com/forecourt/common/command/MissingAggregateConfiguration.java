package com.forecourt.common.command;

import com.forecourt.common.CommandRejection;
import com.forecourt.common.TargetNotFound;
import com.forecourt.common.TargetedCommand;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;

/**
 * Gives "this aggregate does not exist" a stable error code.
 *
 * <p>Axon throws {@link AggregateNotFoundException} before any handler of ours runs, and across Axon Server only a
 * {@link CommandExecutionException}'s details survive, so without this a command to an unknown customer would reach
 * its sender (a GraphQL client, or the checkout saga deciding UNKNOWN_CUSTOMER) as an anonymous failure. The code and
 * message are those the command's family declares with {@link TargetNotFound}.
 *
 * <p>The interceptor is only declared: Axon's auto-configuration registers every command handler interceptor bean on
 * the command bus, so registering it by hand as well would run it twice per command.
 */
@Configuration(proxyBeanMethods = false)
public class MissingAggregateConfiguration {

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> missingAggregateInterceptor() {
        return (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (AggregateNotFoundException missing) {
                throw translate(unitOfWork.getMessage(), missing);
            }
        };
    }

    /** The rejection for a command whose aggregate does not exist; commands without a declaration keep Axon's. */
    static RuntimeException translate(CommandMessage<?> command, AggregateNotFoundException missing) {
        MergedAnnotation<TargetNotFound> declared = MergedAnnotations
                .from(command.getPayloadType(), SearchStrategy.TYPE_HIERARCHY).get(TargetNotFound.class);
        if (!declared.isPresent() || !(command.getPayload() instanceof TargetedCommand targeted)) {
            return missing;
        }
        TargetNotFound notFound = declared.synthesize();
        String message = notFound.message() + targeted.targetId();
        return new CommandExecutionException(message, missing, new CommandRejection(notFound.code(), message));
    }
}
