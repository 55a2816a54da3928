package com.forecourt.common.command;

import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.common.TargetedCommand;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.delivery.api.OpenDeliveryDay;
import com.forecourt.order.api.PlaceOrder;
import com.forecourt.vehicle.api.ListVehicle;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * Gives "this aggregate does not exist" a stable error code.
 *
 * <p>Axon throws {@link AggregateNotFoundException} before any handler of ours runs, and across Axon Server only a
 * {@link CommandExecutionException}'s details survive, so without this a command to an unknown customer would reach
 * its sender (a GraphQL client, or the checkout saga deciding UNKNOWN_CUSTOMER) as an anonymous failure. The code
 * follows from the feature of the command's contract package.
 */
@Configuration(proxyBeanMethods = false)
public class MissingAggregateConfiguration {

    private static final Map<String, ErrorCode> NOT_FOUND_BY_FEATURE = Map.of(
            ListVehicle.class.getPackageName(), ErrorCode.VEHICLE_NOT_FOUND,
            RegisterCustomer.class.getPackageName(), ErrorCode.CUSTOMER_NOT_FOUND,
            PlaceOrder.class.getPackageName(), ErrorCode.ORDER_NOT_FOUND,
            OpenDeliveryDay.class.getPackageName(), ErrorCode.DELIVERY_DAY_NOT_OPENED);

    private static final Map<ErrorCode, String> WHAT_IS_MISSING = Map.of(
            ErrorCode.VEHICLE_NOT_FOUND, "No vehicle is listed under VIN ",
            ErrorCode.CUSTOMER_NOT_FOUND, "No customer is registered under id ",
            ErrorCode.ORDER_NOT_FOUND, "No order was placed under id ",
            ErrorCode.DELIVERY_DAY_NOT_OPENED, "No delivery day was opened for ");

    @Bean
    MessageHandlerInterceptor<CommandMessage<?>> missingAggregateInterceptor(CommandBus commandBus) {
        MessageHandlerInterceptor<CommandMessage<?>> interceptor = (unitOfWork, chain) -> {
            try {
                return chain.proceed();
            } catch (AggregateNotFoundException missing) {
                throw translate(unitOfWork.getMessage(), missing);
            }
        };
        commandBus.registerHandlerInterceptor(interceptor);
        return interceptor;
    }

    /** The rejection for a command whose aggregate does not exist; other commands keep Axon's exception. */
    static RuntimeException translate(CommandMessage<?> command, AggregateNotFoundException missing) {
        ErrorCode code = NOT_FOUND_BY_FEATURE.get(command.getPayloadType().getPackageName());
        if (code == null || !(command.getPayload() instanceof TargetedCommand targeted)) {
            return missing;
        }
        String message = WHAT_IS_MISSING.get(code) + targeted.targetId();
        return new CommandExecutionException(message, missing, new CommandRejection(code, message));
    }
}
