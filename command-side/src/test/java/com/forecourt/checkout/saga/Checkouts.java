package com.forecourt.checkout.saga;

import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.delivery.api.DeliverySlotBooked;
import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.vehicle.api.VehicleReserved;
import org.axonframework.commandhandling.CommandExecutionException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Object mother for one checkout: Ann orders the Golf for delivery on the first of December. */
final class Checkouts {

    static final UUID ORDER_ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ANN_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final String GOLF_VIN = "WVWZZZ1KZAW000001";
    static final LocalDate DELIVERY_DATE = LocalDate.parse("2026-12-01");
    static final long PRICE = 1_649_500L;
    static final Instant AT = Instant.parse("2026-11-23T10:15:30Z");

    private Checkouts() {
    }

    static OrderPlaced orderPlaced() {
        return new OrderPlaced(ORDER_ID, ANN_ID, GOLF_VIN, DELIVERY_DATE, AT);
    }

    static VehicleReserved vehicleReserved() {
        return new VehicleReserved(GOLF_VIN, ORDER_ID, PRICE, AT);
    }

    static CreditReserved creditReserved() {
        return new CreditReserved(ANN_ID, ORDER_ID, PRICE, AT);
    }

    static DeliverySlotBooked slotBooked() {
        return new DeliverySlotBooked(DELIVERY_DATE, ORDER_ID, AT);
    }

    static OrderConfirmed orderConfirmed() {
        return new OrderConfirmed(ORDER_ID, PRICE, DELIVERY_DATE, AT);
    }

    /** How a refusal reaches the sender of a command, also across Axon Server. */
    static CommandExecutionException refusal(ErrorCode code) {
        return new CommandExecutionException(code.name(), null, new CommandRejection(code, code.name()));
    }
}
