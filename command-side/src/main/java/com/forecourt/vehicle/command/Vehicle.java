package com.forecourt.vehicle.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.platform.axon.CommandRoutingConfiguration;
import com.forecourt.vehicle.api.AttachVehiclePhoto;
import com.forecourt.vehicle.api.ChangeVehiclePrice;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.MarkVehicleSold;
import com.forecourt.vehicle.api.MoveVehiclePhoto;
import com.forecourt.vehicle.api.ReleaseVehicle;
import com.forecourt.vehicle.api.RemoveVehiclePhoto;
import com.forecourt.vehicle.api.ReserveVehicle;
import com.forecourt.vehicle.api.UpdateVehicleDescription;
import com.forecourt.vehicle.api.VehicleDescriptionUpdated;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePhotoAttached;
import com.forecourt.vehicle.api.VehiclePhotoMoved;
import com.forecourt.vehicle.api.VehiclePhotoRemoved;
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
import java.util.ArrayList;
import java.util.List;
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
    /** The gallery: photo ids in display order, the cover first. */
    private final List<String> photoIds = new ArrayList<>();

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

    /**
     * Photos are part of the listing, so they change only while the car is on sale (available or reserved), like its
     * price and description. Attaching the same photo again (a retried upload) changes nothing.
     */
    @CommandHandler
    void handle(AttachVehiclePhoto command, Clock clock) {
        VehiclePhotoRules.checkFile("photo", command.photo());
        VehiclePhotoRules.checkFile("thumbnail", command.thumbnail());
        requireOnSale();
        if (photoIds.contains(command.photo().id())) {
            return;
        }
        if (photoIds.size() >= VehiclePhotoRules.MAX_PHOTOS) {
            throw new CommandRejectedException(ErrorCode.TOO_MANY_PHOTOS, "Vehicle " + vin + " already has "
                    + VehiclePhotoRules.MAX_PHOTOS + " photos, the most allowed; remove one first");
        }
        apply(new VehiclePhotoAttached(vin, command.photo(), command.thumbnail(), clock.instant()));
    }

    /**
     * Removing is allowed whatever the car's status: a photo must be taken down even after the sale (one that shows
     * a number plate or a person, say). Removing a photo the car does not have changes nothing, so a retry is safe.
     */
    @CommandHandler
    void handle(RemoveVehiclePhoto command, Clock clock) {
        String photoId = VehiclePhotoRules.photoId(command.photoId());
        if (photoIds.contains(photoId)) {
            apply(new VehiclePhotoRemoved(vin, photoId, clock.instant()));
        }
    }

    /** Moving a photo to where it already is changes nothing. */
    @CommandHandler
    void handle(MoveVehiclePhoto command, Clock clock) {
        String photoId = VehiclePhotoRules.photoId(command.photoId());
        requireOnSale();
        int current = photoIds.indexOf(photoId);
        if (current < 0) {
            throw new CommandRejectedException(ErrorCode.PHOTO_NOT_FOUND,
                    "Vehicle " + vin + " has no photo " + photoId);
        }
        if (command.position() < 0 || command.position() >= photoIds.size()) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "position must be from 0 to "
                    + (photoIds.size() - 1) + ", the positions of this car's photos");
        }
        if (command.position() != current) {
            apply(new VehiclePhotoMoved(vin, photoId, command.position(), clock.instant()));
        }
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

    @EventSourcingHandler
    void on(VehiclePhotoAttached event) {
        photoIds.add(event.photo().id());
    }

    @EventSourcingHandler
    void on(VehiclePhotoRemoved event) {
        photoIds.remove(event.photoId());
    }

    @EventSourcingHandler
    void on(VehiclePhotoMoved event) {
        photoIds.remove(event.photoId());
        photoIds.add(event.position(), event.photoId());
    }
}
