package com.forecourt.common.command;

import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.ChangeCreditLimit;
import com.forecourt.delivery.api.ChangeDeliveryCapacity;
import com.forecourt.order.api.CancelOrder;
import com.forecourt.testing.CommandSideIntegrationSupport;
import com.forecourt.vehicle.api.ChangeVehiclePrice;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A command to an aggregate that does not exist comes back with its feature's stable code. */
class MissingAggregateIntegrationTest extends CommandSideIntegrationSupport {

    @Test
    void cannotChangeThePriceOfAVehicleThatWasNeverListed() {
        Throwable failure = catchThrowable(() -> commands.sendAndWait(new ChangeVehiclePrice(uniqueVin(), 1_000L)));

        assertThat(refusalCode(failure)).contains(ErrorCode.VEHICLE_NOT_FOUND);
    }

    @Test
    void cannotChangeTheCreditLimitOfACustomerWhoNeverRegistered() {
        Throwable failure = catchThrowable(() -> commands.sendAndWait(new ChangeCreditLimit(UUID.randomUUID(), 1L)));

        assertThat(refusalCode(failure)).contains(ErrorCode.CUSTOMER_NOT_FOUND);
    }

    @Test
    void cannotCancelAnOrderThatWasNeverPlaced() {
        Throwable failure = catchThrowable(() -> commands.sendAndWait(new CancelOrder(UUID.randomUUID(), "Oops")));

        assertThat(refusalCode(failure)).contains(ErrorCode.ORDER_NOT_FOUND);
    }

    @Test
    void cannotChangeTheCapacityOfADayThatWasNeverOpened() {
        Throwable failure = catchThrowable(() -> commands.sendAndWait(
                new ChangeDeliveryCapacity(uniqueDeliveryDate(), 3)));

        assertThat(refusalCode(failure)).contains(ErrorCode.DELIVERY_DAY_NOT_OPENED);
    }
}
