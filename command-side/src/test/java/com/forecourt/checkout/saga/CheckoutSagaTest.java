package com.forecourt.checkout.saga;

import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.CreditLimitExceeded;
import com.forecourt.customer.api.ReleaseCredit;
import com.forecourt.customer.api.ReserveCredit;
import com.forecourt.customer.api.SettleCredit;
import com.forecourt.delivery.api.BookDeliverySlot;
import com.forecourt.delivery.api.DeliverySlotUnavailable;
import com.forecourt.delivery.api.ReleaseDeliverySlot;
import com.forecourt.order.api.ConfirmOrder;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderDelivered;
import com.forecourt.order.api.RejectOrder;
import com.forecourt.order.api.RejectionReason;
import com.forecourt.vehicle.api.MarkVehicleSold;
import com.forecourt.vehicle.api.ReleaseVehicle;
import com.forecourt.vehicle.api.ReserveVehicle;
import com.forecourt.vehicle.api.VehicleReservationRejected;
import com.forecourt.vehicle.api.VehicleUnavailableReason;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static com.forecourt.checkout.saga.Checkouts.ANN_ID;
import static com.forecourt.checkout.saga.Checkouts.AT;
import static com.forecourt.checkout.saga.Checkouts.DELIVERY_DATE;
import static com.forecourt.checkout.saga.Checkouts.GOLF_VIN;
import static com.forecourt.checkout.saga.Checkouts.ORDER_ID;
import static com.forecourt.checkout.saga.Checkouts.PRICE;
import static com.forecourt.checkout.saga.Checkouts.creditReserved;
import static com.forecourt.checkout.saga.Checkouts.orderConfirmed;
import static com.forecourt.checkout.saga.Checkouts.orderPlaced;
import static com.forecourt.checkout.saga.Checkouts.refusal;
import static com.forecourt.checkout.saga.Checkouts.slotBooked;
import static com.forecourt.checkout.saga.Checkouts.vehicleReserved;

class CheckoutSagaTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(15);

    private SagaTestFixture<CheckoutSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(CheckoutSaga.class);
        fixture.registerResource(new CheckoutProperties(TIMEOUT, Duration.ofSeconds(10)));
    }

    @Test
    void canStartACheckoutByReservingTheVehicleUnderATimeout() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlaced())
                .expectActiveSagas(1)
                .expectAssociationWith(CheckoutSaga.ORDER_ID, ORDER_ID)
                .expectDispatchedCommands(new ReserveVehicle(GOLF_VIN, ORDER_ID))
                .expectScheduledDeadline(TIMEOUT, new CheckoutTimeout(ORDER_ID));
    }

    @Test
    void canReserveCreditForThePriceTheVehicleWasReservedAt() {
        fixture.givenAPublished(orderPlaced())
                .whenPublishingA(vehicleReserved())
                .expectDispatchedCommands(new ReserveCredit(ANN_ID, ORDER_ID, PRICE));
    }

    @Test
    void canBookTheDeliverySlotOnceCreditIsReserved() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved())
                .whenPublishingA(creditReserved())
                .expectDispatchedCommands(new BookDeliverySlot(DELIVERY_DATE, ORDER_ID));
    }

    @Test
    void canConfirmTheOrderOnceVehicleCreditAndSlotAreHeld() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .whenPublishingA(slotBooked())
                .expectDispatchedCommands(new ConfirmOrder(ORDER_ID, PRICE, DELIVERY_DATE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);
    }

    @Test
    void cannotCheckOutAVehicleThatIsUnavailable() {
        fixture.givenAPublished(orderPlaced())
                .whenPublishingA(new VehicleReservationRejected(GOLF_VIN, ORDER_ID,
                        VehicleUnavailableReason.RESERVED_FOR_ANOTHER_ORDER, AT))
                .expectDispatchedCommands(new RejectOrder(ORDER_ID, RejectionReason.VEHICLE_UNAVAILABLE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void cannotCheckOutAVehicleThatWasNeverListed() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ReserveVehicle) {
                throw refusal(ErrorCode.VEHICLE_NOT_FOUND);
            }
            return null;
        });
        fixture.givenNoPriorActivity()
                .whenPublishingA(orderPlaced())
                .expectDispatchedCommands(new ReserveVehicle(GOLF_VIN, ORDER_ID),
                        new RejectOrder(ORDER_ID, RejectionReason.VEHICLE_UNAVAILABLE))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void cannotCheckOutBeyondTheCreditLimitAndReleasesTheVehicle() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved())
                .whenPublishingA(new CreditLimitExceeded(ANN_ID, ORDER_ID, PRICE, 1_000L, AT))
                .expectDispatchedCommands(new ReleaseVehicle(GOLF_VIN, ORDER_ID),
                        new RejectOrder(ORDER_ID, RejectionReason.CREDIT_LIMIT_EXCEEDED))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void cannotCheckOutForAnUnknownCustomerAndReleasesTheVehicle() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ReserveCredit) {
                throw refusal(ErrorCode.CUSTOMER_NOT_FOUND);
            }
            return null;
        });
        fixture.givenAPublished(orderPlaced())
                .whenPublishingA(vehicleReserved())
                .expectDispatchedCommands(new ReserveCredit(ANN_ID, ORDER_ID, PRICE),
                        new ReleaseVehicle(GOLF_VIN, ORDER_ID),
                        new RejectOrder(ORDER_ID, RejectionReason.UNKNOWN_CUSTOMER))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void cannotCheckOutWithoutAFreeDeliverySlotAndReleasesCreditThenVehicle() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .whenPublishingA(new DeliverySlotUnavailable(DELIVERY_DATE, ORDER_ID, AT))
                .expectDispatchedCommands(new ReleaseCredit(ANN_ID, ORDER_ID),
                        new ReleaseVehicle(GOLF_VIN, ORDER_ID),
                        new RejectOrder(ORDER_ID, RejectionReason.NO_DELIVERY_SLOT))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void cannotCheckOutOnADayThatWasNeverOpened() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof BookDeliverySlot) {
                throw refusal(ErrorCode.DELIVERY_DAY_NOT_OPENED);
            }
            return null;
        });
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved())
                .whenPublishingA(creditReserved())
                .expectDispatchedCommands(new BookDeliverySlot(DELIVERY_DATE, ORDER_ID),
                        new ReleaseCredit(ANN_ID, ORDER_ID),
                        new ReleaseVehicle(GOLF_VIN, ORDER_ID),
                        new RejectOrder(ORDER_ID, RejectionReason.NO_DELIVERY_SLOT))
                .expectActiveSagas(0);
    }

    @Test
    void canTimeOutACheckoutReleasingEverythingAskedForInReverseOrder() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .whenTimeElapses(TIMEOUT)
                .expectDeadlinesMet(new CheckoutTimeout(ORDER_ID))
                .expectDispatchedCommands(new ReleaseDeliverySlot(DELIVERY_DATE, ORDER_ID),
                        new ReleaseCredit(ANN_ID, ORDER_ID),
                        new ReleaseVehicle(GOLF_VIN, ORDER_ID),
                        new RejectOrder(ORDER_ID, RejectionReason.CHECKOUT_TIMED_OUT))
                .expectActiveSagas(0);
    }

    @Test
    void canTimeOutACheckoutWhoseVehicleIsStillBeingReserved() {
        fixture.givenAPublished(orderPlaced())
                .whenTimeElapses(TIMEOUT)
                .expectDispatchedCommands(new ReleaseVehicle(GOLF_VIN, ORDER_ID),
                        new RejectOrder(ORDER_ID, RejectionReason.CHECKOUT_TIMED_OUT))
                .expectActiveSagas(0);
    }

    @Test
    void cannotTimeOutBeforeTheTimeout() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved())
                .whenTimeElapses(TIMEOUT.minusSeconds(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void cannotTimeOutAConfirmedCheckout() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .andThenAPublished(slotBooked())
                .whenTimeElapses(TIMEOUT.plusMinutes(1))
                .expectNoDispatchedCommands()
                .expectActiveSagas(1);
    }

    @Test
    void canCancelWhileTheVehicleIsBeingReserved() {
        fixture.givenAPublished(orderPlaced())
                .whenPublishingA(cancelled())
                .expectDispatchedCommands(new ReleaseVehicle(GOLF_VIN, ORDER_ID))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void canCancelAfterTheVehicleWasReservedReleasingTheCreditAskedForThenTheVehicle() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved())
                .whenPublishingA(cancelled())
                .expectDispatchedCommands(new ReleaseCredit(ANN_ID, ORDER_ID), new ReleaseVehicle(GOLF_VIN, ORDER_ID))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void canCancelAfterCreditWasReservedReleasingSlotCreditAndVehicleInThatOrder() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .whenPublishingA(cancelled())
                .expectDispatchedCommands(new ReleaseDeliverySlot(DELIVERY_DATE, ORDER_ID),
                        new ReleaseCredit(ANN_ID, ORDER_ID),
                        new ReleaseVehicle(GOLF_VIN, ORDER_ID))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void canCancelAfterTheSlotWasBookedWhenTheOrderRefusedItsConfirmation() {
        fixture.setCallbackBehavior((command, metaData) -> {
            if (command instanceof ConfirmOrder) {
                throw refusal(ErrorCode.ORDER_NOT_PENDING);
            }
            return null;
        });
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .andThenAPublished(slotBooked())
                .whenPublishingA(cancelled())
                .expectDispatchedCommands(new ReleaseDeliverySlot(DELIVERY_DATE, ORDER_ID),
                        new ReleaseCredit(ANN_ID, ORDER_ID),
                        new ReleaseVehicle(GOLF_VIN, ORDER_ID))
                .expectNoScheduledDeadlines()
                .expectActiveSagas(0);
    }

    @Test
    void canCancelAfterConfirmationReleasingSlotCreditAndVehicle() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .andThenAPublished(slotBooked()).andThenAPublished(orderConfirmed())
                .whenPublishingA(cancelled())
                .expectDispatchedCommands(new ReleaseDeliverySlot(DELIVERY_DATE, ORDER_ID),
                        new ReleaseCredit(ANN_ID, ORDER_ID),
                        new ReleaseVehicle(GOLF_VIN, ORDER_ID))
                .expectActiveSagas(0);
    }

    @Test
    void canDeliverAConfirmedOrderSellingTheVehicleAndSettlingTheCredit() {
        fixture.givenAPublished(orderPlaced()).andThenAPublished(vehicleReserved()).andThenAPublished(creditReserved())
                .andThenAPublished(slotBooked()).andThenAPublished(orderConfirmed())
                .whenPublishingA(new OrderDelivered(ORDER_ID, AT))
                .expectDispatchedCommands(new MarkVehicleSold(GOLF_VIN, ORDER_ID), new SettleCredit(ANN_ID, ORDER_ID))
                .expectActiveSagas(0);
    }

    private static OrderCancelled cancelled() {
        return new OrderCancelled(ORDER_ID, "Changed my mind", AT);
    }
}
