package com.forecourt.checkout.saga;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.CreditLimitExceeded;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.customer.api.ReleaseCredit;
import com.forecourt.customer.api.ReserveCredit;
import com.forecourt.customer.api.SettleCredit;
import com.forecourt.delivery.api.BookDeliverySlot;
import com.forecourt.delivery.api.DeliverySlotBooked;
import com.forecourt.delivery.api.DeliverySlotUnavailable;
import com.forecourt.delivery.api.ReleaseDeliverySlot;
import com.forecourt.order.api.ConfirmOrder;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderDelivered;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.api.RejectOrder;
import com.forecourt.order.api.RejectionReason;
import com.forecourt.vehicle.api.MarkVehicleSold;
import com.forecourt.vehicle.api.ReleaseVehicle;
import com.forecourt.vehicle.api.ReserveVehicle;
import com.forecourt.vehicle.api.VehicleReservationRejected;
import com.forecourt.vehicle.api.VehicleReserved;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Orchestrates the checkout of one order: reserve the car (its reservation carries the price), reserve that much
 * credit, book a delivery slot, then confirm the order. A failed step releases whatever was held so far, in
 * reverse order, and rejects the order with the step's reason; so does the timeout
 * ({@code forecourt.checkout.timeout}). The saga lives on after confirmation, because cancelling a confirmed order
 * must release car, credit and slot too; delivery sells the car and settles the credit, and ends it.
 *
 * <p>Commands are sent with {@code sendAndWait}, so a step's command has been handled (its outcome event is stored)
 * before the saga's new state is. With the embedded event store the command even runs in the saga's own transaction:
 * saga state, token and the command's events commit together. A hold is therefore released whenever its command was
 * sent, even if the saga has not seen the outcome yet; releases are idempotent, so releasing something that was never
 * granted does nothing. Business refusals come back as a {@link CommandRejection} (also across Axon Server); anything
 * else is rethrown, so the event is retried (the processor propagates errors) rather than skipped.
 *
 * <p>State is serialized with Jackson into the saga store, from its fields (this class has no getters); the
 * transient fields are resources Axon injects again after loading. The class is public because Axon instantiates
 * sagas through their public no-argument constructor.
 */
@Saga
@ProcessingGroup(CheckoutSaga.PROCESSING_GROUP)
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class CheckoutSaga {

    /** The saga's event processor: a pooled streaming processor with tokens in PostgreSQL. */
    static final String PROCESSING_GROUP = "checkout-saga";
    static final String TIMEOUT_DEADLINE = "checkout-timeout";
    static final String ORDER_ID = "orderId";

    private static final Logger log = LoggerFactory.getLogger(CheckoutSaga.class);

    /** How far one resource of the checkout got: asked for (outcome not yet seen), or granted. */
    enum Hold { NONE, REQUESTED, HELD }

    private UUID orderId;
    private UUID customerId;
    private String vin;
    private LocalDate deliveryDate;
    private long pricePence;
    private Hold vehicle = Hold.NONE;
    private Hold credit = Hold.NONE;
    private Hold slot = Hold.NONE;
    private boolean confirmed;
    private String timeoutId;

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient CheckoutProperties properties;

    @StartSaga
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderPlaced event) {
        orderId = event.orderId();
        customerId = event.customerId();
        vin = event.vin();
        deliveryDate = event.deliveryDate();
        timeoutId = deadlineManager.schedule(properties.timeout(), TIMEOUT_DEADLINE, new CheckoutTimeout(orderId));
        vehicle = Hold.REQUESTED;
        // the only refusal is VEHICLE_NOT_FOUND: a VIN nobody listed is as unavailable as a sold car
        send(new ReserveVehicle(vin, orderId)).ifPresent(refusal -> {
            vehicle = Hold.NONE;
            reject(RejectionReason.VEHICLE_UNAVAILABLE);
        });
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(VehicleReserved event) {
        vehicle = Hold.HELD;
        pricePence = event.pricePence();
        credit = Hold.REQUESTED;
        send(new ReserveCredit(customerId, orderId, pricePence)).ifPresent(refusal -> {
            credit = Hold.NONE;
            reject(refusal == ErrorCode.CUSTOMER_NOT_FOUND
                    ? RejectionReason.UNKNOWN_CUSTOMER
                    : RejectionReason.CREDIT_LIMIT_EXCEEDED);
        });
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(VehicleReservationRejected event) {
        vehicle = Hold.NONE;
        reject(RejectionReason.VEHICLE_UNAVAILABLE);
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(CreditReserved event) {
        credit = Hold.HELD;
        slot = Hold.REQUESTED;
        // DELIVERY_DAY_NOT_OPENED: a day that was never opened has no free slot either
        send(new BookDeliverySlot(deliveryDate, orderId)).ifPresent(refusal -> {
            slot = Hold.NONE;
            reject(RejectionReason.NO_DELIVERY_SLOT);
        });
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(CreditLimitExceeded event) {
        credit = Hold.NONE;
        reject(RejectionReason.CREDIT_LIMIT_EXCEEDED);
    }

    /**
     * Everything is held: confirm. If the order refuses (it was cancelled in the meantime), its cancellation event
     * releases everything; the timeout stays armed until the confirmation succeeded, as a safety net.
     */
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(DeliverySlotBooked event) {
        slot = Hold.HELD;
        Optional<ErrorCode> refusal = send(new ConfirmOrder(orderId, pricePence, deliveryDate));
        if (refusal.isEmpty()) {
            confirmed = true;
            cancelTimeout();
        } else {
            log.info("Order {} refused its confirmation ({}); waiting for its cancellation", orderId, refusal.get());
        }
    }

    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(DeliverySlotUnavailable event) {
        slot = Hold.NONE;
        reject(RejectionReason.NO_DELIVERY_SLOT);
    }

    /** A confirmation may have won the race against a deadline that was already being fired. */
    @DeadlineHandler(deadlineName = TIMEOUT_DEADLINE)
    void on(CheckoutTimeout timeout) {
        timeoutId = null;
        if (confirmed) {
            return;
        }
        reject(RejectionReason.CHECKOUT_TIMED_OUT);
    }

    /** Before or after confirmation: give everything back. */
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderCancelled event) {
        cancelTimeout();
        releaseEverything();
        SagaLifecycle.end();
    }

    /** The slot was used, so it stays booked; the car is sold and the credit spent. */
    @SagaEventHandler(associationProperty = ORDER_ID)
    void on(OrderDelivered event) {
        sendExpectingSuccess(new MarkVehicleSold(vin, orderId));
        sendExpectingSuccess(new SettleCredit(customerId, orderId));
        SagaLifecycle.end();
    }

    /** Compensates in reverse order of reservation, then records the outcome on the order. */
    private void reject(RejectionReason reason) {
        cancelTimeout();
        releaseEverything();
        // refused only if the order was cancelled meanwhile, and then everything is released already
        send(new RejectOrder(orderId, reason)).ifPresent(refusal ->
                log.info("Order {} refused its rejection for {} ({})", orderId, reason, refusal));
        SagaLifecycle.end();
    }

    private void releaseEverything() {
        if (slot != Hold.NONE) {
            sendExpectingSuccess(new ReleaseDeliverySlot(deliveryDate, orderId));
            slot = Hold.NONE;
        }
        if (credit != Hold.NONE) {
            sendExpectingSuccess(new ReleaseCredit(customerId, orderId));
            credit = Hold.NONE;
        }
        if (vehicle != Hold.NONE) {
            sendExpectingSuccess(new ReleaseVehicle(vin, orderId));
            vehicle = Hold.NONE;
        }
    }

    private void cancelTimeout() {
        if (timeoutId != null) {
            deadlineManager.cancelSchedule(TIMEOUT_DEADLINE, timeoutId);
            timeoutId = null;
        }
    }

    /**
     * A refusal here means the aggregates disagree with the saga, which retrying cannot fix; it is logged so that
     * one inconsistent order does not block every saga behind it.
     */
    private void sendExpectingSuccess(Object command) {
        send(command).ifPresent(refusal -> log.error("Checkout of order {}: {} was refused with {}",
                orderId, command.getClass().getSimpleName(), refusal));
    }

    /** Sends and waits; a business refusal is returned as its code, any other failure is thrown. */
    private Optional<ErrorCode> send(Object command) {
        try {
            commandGateway.sendAndWait(command);
            return Optional.empty();
        } catch (CommandExecutionException failure) {
            Optional<Object> details = failure.getDetails();
            if (details.isPresent() && details.get() instanceof CommandRejection rejection) {
                return Optional.of(rejection.code());
            }
            throw failure;
        } catch (CommandRejectedException rejected) {
            return Optional.of(rejected.code());
        }
    }
}
