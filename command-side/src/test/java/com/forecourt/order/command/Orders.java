package com.forecourt.order.command;

import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.order.api.PlaceOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Object mother for orders in command-side tests. */
final class Orders {

    static final UUID ORDER_ID = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID ANN_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final String GOLF_VIN = "WVWZZZ1KZAW000001";
    static final LocalDate DELIVERY_DATE = LocalDate.parse("2026-12-01");
    static final long PRICE = 1_649_500L;

    private Orders() {
    }

    static PlaceOrder annOrdersTheGolf() {
        return new PlaceOrder(ORDER_ID, ANN_ID, GOLF_VIN, DELIVERY_DATE);
    }

    static PlaceOrder withVin(PlaceOrder o, String vin) {
        return new PlaceOrder(o.orderId(), o.customerId(), vin, o.deliveryDate());
    }

    static PlaceOrder withDeliveryDate(PlaceOrder o, LocalDate deliveryDate) {
        return new PlaceOrder(o.orderId(), o.customerId(), o.vin(), deliveryDate);
    }

    static PlaceOrder withCustomer(PlaceOrder o, UUID customerId) {
        return new PlaceOrder(o.orderId(), customerId, o.vin(), o.deliveryDate());
    }

    static OrderPlaced placed(PlaceOrder o, Instant at) {
        return new OrderPlaced(o.orderId(), o.customerId(), o.vin(), o.deliveryDate(), at);
    }

    static OrderPlaced golfPlaced(Instant at) {
        return placed(annOrdersTheGolf(), at);
    }

    static OrderConfirmed golfConfirmed(Instant at) {
        return new OrderConfirmed(ORDER_ID, PRICE, DELIVERY_DATE, at);
    }
}
