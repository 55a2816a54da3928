package com.forecourt.order.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.common.input.Text;
import com.forecourt.order.api.CancelOrder;
import com.forecourt.order.api.ConfirmOrder;
import com.forecourt.order.api.MarkOrderDelivered;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderDelivered;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.api.OrderRejected;
import com.forecourt.order.api.OrderStatus;
import com.forecourt.order.api.PlaceOrder;
import com.forecourt.order.api.RejectOrder;
import com.forecourt.order.api.RejectionReason;
import com.forecourt.platform.axon.CommandRoutingConfiguration;
import com.forecourt.vehicle.api.Vin;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One order for one car. Its status moves PENDING → CONFIRMED → DELIVERED, PENDING → REJECTED, or
 * PENDING/CONFIRMED → CANCELLED; the checkout saga decides between confirmed and rejected.
 *
 * <p>The checkout's decisions are idempotent (the same confirmation or rejection again changes nothing) so that the
 * saga may repeat a command after a failure, but a decision is never changed once made.
 */
@Aggregate(commandTargetResolver = CommandRoutingConfiguration.TARGET_RESOLVER)
class Order {

    static final int MAX_REASON_LENGTH = 500;

    @AggregateIdentifier
    private UUID orderId;
    private OrderPlaced placement;
    private OrderStatus status;
    private long pricePence;
    private RejectionReason rejectionReason;

    Order() {
        // required by Axon to rebuild the aggregate from its events
    }

    /** Idempotent because the client chooses the id: placing the same order again succeeds without a second event. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(PlaceOrder command, Clock clock, OrderReferences references) {
        if (placement != null) {
            if (placement.customerId().equals(command.customerId()) && placement.vin().equals(command.vin())
                    && placement.deliveryDate().equals(command.deliveryDate())) {
                return;
            }
            throw new CommandRejectedException(ErrorCode.ORDER_ALREADY_PLACED,
                    "Order " + command.orderId() + " was already placed with different details");
        }
        if (command.customerId() == null) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "customerId is required");
        }
        Vin.require(command.vin());
        if (command.deliveryDate() == null || command.deliveryDate().isBefore(LocalDate.now(clock))) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT,
                    "deliveryDate is required and must not be in the past; got " + command.deliveryDate());
        }
        if (!references.isListedVehicle(command.vin())) {
            throw new CommandRejectedException(ErrorCode.VEHICLE_NOT_FOUND,
                    "No vehicle is listed under VIN " + command.vin());
        }
        if (!references.isRegisteredCustomer(command.customerId())) {
            throw new CommandRejectedException(ErrorCode.CUSTOMER_NOT_FOUND,
                    "No customer is registered under id " + command.customerId());
        }
        apply(new OrderPlaced(command.orderId(), command.customerId(), command.vin(), command.deliveryDate(),
                clock.instant()));
    }

    @CommandHandler
    void handle(ConfirmOrder command, Clock clock) {
        if (status == OrderStatus.CONFIRMED && pricePence == command.pricePence()
                && placement.deliveryDate().equals(command.deliveryDate())) {
            return;
        }
        requirePending();
        if (command.pricePence() <= 0) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "pricePence must be positive");
        }
        if (!placement.deliveryDate().equals(command.deliveryDate())) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "Order " + orderId
                    + " is for delivery on " + placement.deliveryDate() + ", not " + command.deliveryDate());
        }
        apply(new OrderConfirmed(orderId, command.pricePence(), command.deliveryDate(), clock.instant()));
    }

    @CommandHandler
    void handle(RejectOrder command, Clock clock) {
        if (status == OrderStatus.REJECTED && rejectionReason == command.reason()) {
            return;
        }
        requirePending();
        if (command.reason() == null) {
            throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, "reason is required");
        }
        apply(new OrderRejected(orderId, command.reason(), clock.instant()));
    }

    @CommandHandler
    void handle(CancelOrder command, Clock clock) {
        if (status != OrderStatus.PENDING && status != OrderStatus.CONFIRMED) {
            throw new CommandRejectedException(ErrorCode.ORDER_NOT_CANCELLABLE,
                    "Order " + orderId + " is " + status + "; only pending or confirmed orders can be cancelled");
        }
        String reason = Text.singleLine("reason", command.reason(), MAX_REASON_LENGTH);
        apply(new OrderCancelled(orderId, reason, clock.instant()));
    }

    @CommandHandler
    void handle(MarkOrderDelivered command, Clock clock) {
        if (status != OrderStatus.CONFIRMED) {
            throw new CommandRejectedException(ErrorCode.ORDER_NOT_DELIVERABLE,
                    "Order " + orderId + " is " + status + "; only confirmed orders can be delivered");
        }
        apply(new OrderDelivered(orderId, clock.instant()));
    }

    private void requirePending() {
        if (status != OrderStatus.PENDING) {
            throw new CommandRejectedException(ErrorCode.ORDER_NOT_PENDING,
                    "Order " + orderId + " is already " + status);
        }
    }

    @EventSourcingHandler
    void on(OrderPlaced event) {
        this.orderId = event.orderId();
        this.placement = event;
        this.status = OrderStatus.PENDING;
    }

    @EventSourcingHandler
    void on(OrderConfirmed event) {
        this.status = OrderStatus.CONFIRMED;
        this.pricePence = event.pricePence();
    }

    @EventSourcingHandler
    void on(OrderRejected event) {
        this.status = OrderStatus.REJECTED;
        this.rejectionReason = event.reason();
    }

    @EventSourcingHandler
    void on(OrderCancelled event) {
        this.status = OrderStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(OrderDelivered event) {
        this.status = OrderStatus.DELIVERED;
    }
}
