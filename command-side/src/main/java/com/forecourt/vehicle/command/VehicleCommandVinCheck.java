package com.forecourt.vehicle.command;

import com.forecourt.vehicle.api.VehicleCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Refuses a command for a car whose VIN is malformed with {@code INVALID_VIN} before Axon loads the car: the VIN is
 * the aggregate identifier, so without this a malformed one would be looked up in the event store (and one with a
 * NUL byte would fail there as a server fault). Axon's auto-configuration registers it on the command bus.
 */
@Component
class VehicleCommandVinCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof VehicleCommand command) {
            VehicleListingRules.requireValidVin(command.vin());
        }
        return interceptorChain.proceed();
    }
}
