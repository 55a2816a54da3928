package com.forecourt.vehicle.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.platform.axon.CommandRoutingConfiguration;
import com.forecourt.vehicle.api.ChangeVehiclePrice;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.MarkVehicleSold;
import com.forecourt.vehicle.api.ReleaseVehicle;
import com.forecourt.vehicle.api.ReserveVehicle;
import com.forecourt.vehicle.api.UpdateVehicleDescription;
import com.forecourt.vehicle.api.VehicleDescriptionUpdated;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.vehicle.api.VehicleReservationRejected;
import com.forecourt.vehicle.api.VehicleReservationReleased;
import com.forecourt.vehicle.api.VehicleReserved;
import com.forecourt.vehicle.api.VehicleSold;
import com.forecourt.vehicle.api.VehicleUnavailableReason;
import com.forecourt.vehicle.api.VehicleWithdrawn;
import com.forecourt.vehicle.api.WithdrawVehicle;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One car, identified by its VIN. Rules are checked in the command handlers; state changes only in the event
 * sourcing handlers.
 *
 * <p>A reservation that cannot be made is recorded as {@link VehicleReservationRejected} rather than thrown: it is
 * an ordinary outcome of a checkout, not a malformed request. As an event it reaches the checkout saga the same way
 * a successful reservation does, in every deployment (an exception's type does not survive the trip through Axon
 * Server), it is kept for analysts (demand for cars that were gone), and because it changes no state a repeated
 * attempt simply records the outcome again. Two orders racing for one car are serialised on this aggregate (its
 * lock within a node, optimistic locking and a retry across nodes), so the second finds the car reserved.
 */
@Aggregate(commandTargetResolver = CommandRoutingConfiguration.TARGET_RESOLVER)
class Vehicle {

    /** Where a car is in its life; only {@code AVAILABLE} cars can be reserved. */
    enum Status { AVAILABLE, RESERVED, SOLD, WITHDRAWN }

    @AggregateIdentifier
    private String vin;
    private VehicleListed listing;
    private long pricePence;
    private String description;
    private Status status;
    private UUID orderId;
    private long reservedPricePence;

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
        ListVehicle listing = VehicleListingRules.canonical(command, clock);
        if (this.listing != null) {
            if (VehicleListingRules.sameListing(this.listing, listing)) {
                return;
            }
            throw new CommandRejectedException(ErrorCode.VEHICLE_ALREADY_LISTED,
                    "Vehicle " + listing.vin() + " is already listed with different details");
        }
        apply(new VehicleListed(listing.vin(), listing.make(), listing.model(), listing.variant(), listing.year(),
                listing.mileage(), listing.fuelType(), listing.transmission(), listing.bodyType(), listing.colour(),
                listing.pricePence(), listing.description(), listing.features(), clock.instant()));
    }

    @CommandHandler
    void handle(ChangeVehiclePrice command, Clock clock) {
        VehicleListingRules.checkPrice(command.pricePence());
        requireOnSale();
        if (command.pricePence() == pricePence) {
            return;
        }
        apply(new VehiclePriceChanged(vin, pricePence, command.pricePence(), clock.instant()));
    }

    @CommandHandler
    void handle(UpdateVehicleDescription command, Clock clock) {
        String newDescription = VehicleListingRules.description(command.description());
        requireOnSale();
        if (newDescription.equals(description)) {
            return;
        }
        apply(new VehicleDescriptionUpdated(vin, newDescription, clock.instant()));
    }

    /** Withdrawing twice is harmless; a reserved car must first be released by its order. */
    @CommandHandler
    void handle(WithdrawVehicle command, Clock clock) {
        String reason = VehicleListingRules.withdrawalReason(command.reason());
        switch (status) {
            case WITHDRAWN -> {
                return;
            }
            case SOLD -> throw new CommandRejectedException(ErrorCode.VEHICLE_NOT_ON_SALE,
                    "Vehicle " + vin + " is sold and cannot be withdrawn");
            case RESERVED -> throw new CommandRejectedException(ErrorCode.VEHICLE_RESERVED,
                    "Vehicle " + vin + " is reserved for order " + orderId + " and cannot be withdrawn");
            case AVAILABLE -> apply(new VehicleWithdrawn(vin, reason, clock.instant()));
        }
    }

    @CommandHandler
    void handle(ReserveVehicle command, Clock clock) {
        switch (status) {
            case AVAILABLE -> apply(new VehicleReserved(vin, command.orderId(), pricePence, clock.instant()));
            case RESERVED -> {
                if (!command.orderId().equals(orderId)) {
                    rejectReservation(command, VehicleUnavailableReason.RESERVED_FOR_ANOTHER_ORDER, clock);
                }
            }
            case SOLD -> rejectReservation(command, VehicleUnavailableReason.SOLD, clock);
            case WITHDRAWN -> rejectReservation(command, VehicleUnavailableReason.WITHDRAWN, clock);
        }
    }

    /** Compensation must be safe to repeat, so releasing a reservation this order does not hold does nothing. */
    @CommandHandler
    void handle(ReleaseVehicle command, Clock clock) {
        if (status == Status.RESERVED && command.orderId().equals(orderId)) {
            apply(new VehicleReservationReleased(vin, command.orderId(), clock.instant()));
        }
    }

    @CommandHandler
    void handle(MarkVehicleSold command, Clock clock) {
        if (status == Status.SOLD && command.orderId().equals(orderId)) {
            return;
        }
        if (status != Status.RESERVED || !command.orderId().equals(orderId)) {
            throw new CommandRejectedException(ErrorCode.VEHICLE_NOT_RESERVED_FOR_ORDER,
                    "Vehicle " + vin + " is not reserved for order " + command.orderId());
        }
        apply(new VehicleSold(vin, command.orderId(), reservedPricePence, clock.instant()));
    }

    private void requireOnSale() {
        if (status == Status.SOLD || status == Status.WITHDRAWN) {
            throw new CommandRejectedException(ErrorCode.VEHICLE_NOT_ON_SALE, "Vehicle " + vin + " is "
                    + status.name().toLowerCase(Locale.ROOT) + " and can no longer be changed");
        }
    }

    private void rejectReservation(ReserveVehicle command, VehicleUnavailableReason reason, Clock clock) {
        apply(new VehicleReservationRejected(vin, command.orderId(), reason, clock.instant()));
    }

    @EventSourcingHandler
    void on(VehicleListed event) {
        this.vin = event.vin();
        this.listing = event;
        this.pricePence = event.pricePence();
        this.description = event.description();
        this.status = Status.AVAILABLE;
    }

    @EventSourcingHandler
    void on(VehiclePriceChanged event) {
        this.pricePence = event.pricePence();
    }

    @EventSourcingHandler
    void on(VehicleDescriptionUpdated event) {
        this.description = event.description();
    }

    @EventSourcingHandler
    void on(VehicleWithdrawn event) {
        this.status = Status.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(VehicleReserved event) {
        this.status = Status.RESERVED;
        this.orderId = event.orderId();
        this.reservedPricePence = event.pricePence();
    }

    @EventSourcingHandler
    void on(VehicleReservationReleased event) {
        this.status = Status.AVAILABLE;
        this.orderId = null;
        this.reservedPricePence = 0;
    }

    @EventSourcingHandler
    void on(VehicleSold event) {
        this.status = Status.SOLD;
        this.orderId = event.orderId();
    }
}
