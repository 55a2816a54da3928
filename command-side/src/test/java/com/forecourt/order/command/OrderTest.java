package com.forecourt.order.command;

import com.forecourt.common.ErrorCode;
import com.forecourt.order.api.CancelOrder;
import com.forecourt.order.api.ConfirmOrder;
import com.forecourt.order.api.MarkOrderDelivered;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderDelivered;
import com.forecourt.order.api.OrderRejected;
import com.forecourt.order.api.RejectOrder;
import com.forecourt.order.api.RejectionReason;
import com.forecourt.platform.axon.TargetedCommandTargetResolver;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static com.forecourt.order.command.Orders.DELIVERY_DATE;
import static com.forecourt.order.command.Orders.ORDER_ID;
import static com.forecourt.order.command.Orders.PRICE;
import static com.forecourt.order.command.Orders.annOrdersTheGolf;
import static com.forecourt.order.command.Orders.golfConfirmed;
import static com.forecourt.order.command.Orders.golfPlaced;
import static com.forecourt.order.command.Orders.placed;
import static com.forecourt.order.command.Orders.withCustomer;
import static com.forecourt.order.command.Orders.withDeliveryDate;
import static com.forecourt.order.command.Orders.withVin;
import static com.forecourt.testing.Rejections.rejectedWith;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
    private static final Instant EARLIER = NOW.minus(1, ChronoUnit.HOURS);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(new KnownReferences(Set.of(Orders.GOLF_VIN), Set.of(Orders.ANN_ID)));
        fixture.registerCommandTargetResolver(new TargetedCommandTargetResolver());
    }

    @Test
    void canPlaceAnOrder() {
        fixture.givenNoPriorActivity()
                .when(annOrdersTheGolf())
                .expectEvents(golfPlaced(NOW));
    }

    @Test
    void canPlaceAnOrderWhoseVinWasTypedInLowerCase() {
        fixture.givenNoPriorActivity()
                .when(withVin(annOrdersTheGolf(), " wvwzzz1kzaw000001"))
                .expectEvents(golfPlaced(NOW));
    }

    @Test
    void canPlaceAnOrderForDeliveryToday() {
        fixture.givenNoPriorActivity()
                .when(withDeliveryDate(annOrdersTheGolf(), TODAY))
                .expectEvents(placed(withDeliveryDate(annOrdersTheGolf(), TODAY), NOW));
    }

    @Test
    void cannotPlaceAnOrderForACarThatWasNeverListed() {
        fixture.givenNoPriorActivity()
                .when(withVin(annOrdersTheGolf(), "WVWZZZ1KZAW999999"))
                .expectException(rejectedWith(ErrorCode.VEHICLE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotPlaceAnOrderForACustomerWhoNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(withCustomer(annOrdersTheGolf(), UUID.fromString("00000000-0000-0000-0000-0000000000ff")))
                .expectException(rejectedWith(ErrorCode.CUSTOMER_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void canPlaceTheSameOrderAgainWithoutASecondEvent() {
        fixture.given(golfPlaced(EARLIER))
                .when(annOrdersTheGolf())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotPlaceADifferentOrderUnderAPlacedOrdersId() {
        fixture.given(golfPlaced(EARLIER))
                .when(withDeliveryDate(annOrdersTheGolf(), DELIVERY_DATE.plusDays(1)))
                .expectException(rejectedWith(ErrorCode.ORDER_ALREADY_PLACED))
                .expectNoEvents();
    }

    @Test
    void cannotPlaceAnOrderForDeliveryInThePast() {
        fixture.givenNoPriorActivity()
                .when(withDeliveryDate(annOrdersTheGolf(), TODAY.minusDays(1)))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotPlaceAnOrderForAMalformedVin() {
        fixture.givenNoPriorActivity()
                .when(withVin(annOrdersTheGolf(), "WVWZZZ1KZAW00000O"))
                .expectException(rejectedWith(ErrorCode.INVALID_VIN))
                .expectNoEvents();
    }

    @Test
    void cannotPlaceAnOrderWithoutACustomer() {
        fixture.givenNoPriorActivity()
                .when(withCustomer(annOrdersTheGolf(), null))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void canConfirmAPendingOrder() {
        fixture.given(golfPlaced(EARLIER))
                .when(new ConfirmOrder(ORDER_ID, PRICE, DELIVERY_DATE))
                .expectEvents(golfConfirmed(NOW));
    }

    @Test
    void canConfirmAConfirmedOrderAgainWithoutASecondEvent() {
        fixture.given(golfPlaced(EARLIER), golfConfirmed(EARLIER))
                .when(new ConfirmOrder(ORDER_ID, PRICE, DELIVERY_DATE))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotConfirmAConfirmedOrderAtAnotherPrice() {
        fixture.given(golfPlaced(EARLIER), golfConfirmed(EARLIER))
                .when(new ConfirmOrder(ORDER_ID, PRICE - 1, DELIVERY_DATE))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmARejectedOrder() {
        fixture.given(golfPlaced(EARLIER), new OrderRejected(ORDER_ID, RejectionReason.NO_DELIVERY_SLOT, EARLIER))
                .when(new ConfirmOrder(ORDER_ID, PRICE, DELIVERY_DATE))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmACancelledOrder() {
        fixture.given(golfPlaced(EARLIER), new OrderCancelled(ORDER_ID, "Changed my mind", EARLIER))
                .when(new ConfirmOrder(ORDER_ID, PRICE, DELIVERY_DATE))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmAnOrderForAnotherDeliveryDate() {
        fixture.given(golfPlaced(EARLIER))
                .when(new ConfirmOrder(ORDER_ID, PRICE, DELIVERY_DATE.plusDays(1)))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotConfirmAnOrderThatWasNeverPlaced() {
        fixture.givenNoPriorActivity()
                .when(new ConfirmOrder(UUID.randomUUID(), PRICE, DELIVERY_DATE))
                .expectException(AggregateNotFoundException.class);
    }

    @Test
    void canRejectAPendingOrder() {
        fixture.given(golfPlaced(EARLIER))
                .when(new RejectOrder(ORDER_ID, RejectionReason.CREDIT_LIMIT_EXCEEDED))
                .expectEvents(new OrderRejected(ORDER_ID, RejectionReason.CREDIT_LIMIT_EXCEEDED, NOW));
    }

    @Test
    void canRejectARejectedOrderForTheSameReasonWithoutASecondEvent() {
        fixture.given(golfPlaced(EARLIER), new OrderRejected(ORDER_ID, RejectionReason.CHECKOUT_TIMED_OUT, EARLIER))
                .when(new RejectOrder(ORDER_ID, RejectionReason.CHECKOUT_TIMED_OUT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void cannotRejectARejectedOrderForAnotherReason() {
        fixture.given(golfPlaced(EARLIER), new OrderRejected(ORDER_ID, RejectionReason.CHECKOUT_TIMED_OUT, EARLIER))
                .when(new RejectOrder(ORDER_ID, RejectionReason.NO_DELIVERY_SLOT))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void cannotRejectAConfirmedOrder() {
        fixture.given(golfPlaced(EARLIER), golfConfirmed(EARLIER))
                .when(new RejectOrder(ORDER_ID, RejectionReason.CHECKOUT_TIMED_OUT))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void canCancelAPendingOrder() {
        fixture.given(golfPlaced(EARLIER))
                .when(new CancelOrder(ORDER_ID, " Changed my mind "))
                .expectEvents(new OrderCancelled(ORDER_ID, "Changed my mind", NOW));
    }

    @Test
    void canCancelAConfirmedOrder() {
        fixture.given(golfPlaced(EARLIER), golfConfirmed(EARLIER))
                .when(new CancelOrder(ORDER_ID, "Found a cheaper one"))
                .expectEvents(new OrderCancelled(ORDER_ID, "Found a cheaper one", NOW));
    }

    @Test
    void cannotCancelWithoutAReason() {
        fixture.given(golfPlaced(EARLIER))
                .when(new CancelOrder(ORDER_ID, ""))
                .expectException(rejectedWith(ErrorCode.BAD_USER_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotCancelARejectedOrder() {
        fixture.given(golfPlaced(EARLIER), new OrderRejected(ORDER_ID, RejectionReason.NO_DELIVERY_SLOT, EARLIER))
                .when(new CancelOrder(ORDER_ID, "Changed my mind"))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_CANCELLABLE))
                .expectNoEvents();
    }

    @Test
    void cannotCancelADeliveredOrder() {
        fixture.given(golfPlaced(EARLIER), golfConfirmed(EARLIER), new OrderDelivered(ORDER_ID, EARLIER))
                .when(new CancelOrder(ORDER_ID, "Changed my mind"))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_CANCELLABLE))
                .expectNoEvents();
    }

    @Test
    void cannotCancelACancelledOrder() {
        fixture.given(golfPlaced(EARLIER), new OrderCancelled(ORDER_ID, "Changed my mind", EARLIER))
                .when(new CancelOrder(ORDER_ID, "Changed my mind"))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_CANCELLABLE))
                .expectNoEvents();
    }

    @Test
    void canDeliverAConfirmedOrder() {
        fixture.given(golfPlaced(EARLIER), golfConfirmed(EARLIER))
                .when(new MarkOrderDelivered(ORDER_ID))
                .expectEvents(new OrderDelivered(ORDER_ID, NOW));
    }

    @Test
    void cannotDeliverAPendingOrder() {
        fixture.given(golfPlaced(EARLIER))
                .when(new MarkOrderDelivered(ORDER_ID))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_DELIVERABLE))
                .expectNoEvents();
    }

    @Test
    void cannotDeliverADeliveredOrderAgain() {
        fixture.given(golfPlaced(EARLIER), golfConfirmed(EARLIER), new OrderDelivered(ORDER_ID, EARLIER))
                .when(new MarkOrderDelivered(ORDER_ID))
                .expectException(rejectedWith(ErrorCode.ORDER_NOT_DELIVERABLE))
                .expectNoEvents();
    }
}
