package com.forecourt.vehicle.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.platform.axon.CommandRoutingConfiguration;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One car, identified by its VIN. Rules are checked in the command handlers; state changes only in the event
 * sourcing handlers.
 */
@Aggregate(commandTargetResolver = CommandRoutingConfiguration.TARGET_RESOLVER)
class Vehicle {

    @AggregateIdentifier
    private String vin;
    private VehicleListed listing;

    Vehicle() {
        // required by Axon to rebuild the aggregate from its events
    }

    /**
     * Creation is idempotent because the client chooses the VIN: a retried request with the same listing succeeds
     * without a second event, while a different listing under a listed VIN is refused.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ListVehicle command, Clock clock) {
        if (listing != null) {
            if (VehicleListingRules.sameListing(listing, command)) {
                return;
            }
            throw new CommandRejectedException(ErrorCode.VEHICLE_ALREADY_LISTED,
                    "Vehicle " + command.vin() + " is already listed with different details");
        }
        VehicleListingRules.check(command, clock);
        apply(new VehicleListed(command.vin(), command.make().strip(), command.model().strip(),
                VehicleListingRules.blankToNull(command.variant()), command.year(), command.mileage(),
                command.fuelType(), command.transmission(), command.bodyType().strip(), command.colour().strip(),
                command.pricePence(), command.description(), command.features(), clock.instant()));
    }

    @EventSourcingHandler
    void on(VehicleListed event) {
        this.vin = event.vin();
        this.listing = event;
    }
}
