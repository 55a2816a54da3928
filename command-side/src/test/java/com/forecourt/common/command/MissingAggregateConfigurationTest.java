package com.forecourt.common.command;

import com.forecourt.common.CommandRejection;
import com.forecourt.common.ErrorCode;
import com.forecourt.common.TargetedCommand;
import com.forecourt.customer.api.ChangeCreditLimit;
import com.forecourt.delivery.api.ChangeDeliveryCapacity;
import com.forecourt.order.api.CancelOrder;
import com.forecourt.vehicle.api.ChangeVehiclePrice;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The code for a missing aggregate comes from the command family's declaration, not from where its class lives. */
class MissingAggregateConfigurationTest {

    private static final UUID ID = UUID.fromString("7d4b2c1e-5f6a-4b3c-9d8e-1f2a3b4c5d6e");

    static Stream<Arguments> declaredFamilies() {
        return Stream.of(
                Arguments.of(new ChangeVehiclePrice("WVWZZZ1JZXW000001", 1L), ErrorCode.VEHICLE_NOT_FOUND,
                        "No vehicle is listed under VIN WVWZZZ1JZXW000001"),
                Arguments.of(new ChangeCreditLimit(ID, 1L), ErrorCode.CUSTOMER_NOT_FOUND,
                        "No customer is registered under id " + ID),
                Arguments.of(new CancelOrder(ID, "Oops"), ErrorCode.ORDER_NOT_FOUND,
                        "No order was placed under id " + ID),
                Arguments.of(new ChangeDeliveryCapacity(LocalDate.of(2061, 3, 4), 2), ErrorCode.DELIVERY_DAY_NOT_OPENED,
                        "No delivery day was opened for 2061-03-04"));
    }

    @ParameterizedTest
    @MethodSource("declaredFamilies")
    void canRefuseACommandToAMissingAggregateWithItsFamilysCode(Object command, ErrorCode code, String message) {
        RuntimeException refusal = MissingAggregateConfiguration.translate(
                GenericCommandMessage.asCommandMessage(command), new AggregateNotFoundException("x", "missing"));

        assertThat(refusal).isInstanceOf(CommandExecutionException.class).hasMessage(message);
        assertThat(((CommandExecutionException) refusal).getDetails()).contains(new CommandRejection(code, message));
    }

    /** A command of no declared family. */
    record Undeclared(String targetId) implements TargetedCommand {
    }

    @Test
    void cannotGiveACodeToACommandWhoseFamilyDeclaresNone() {
        AggregateNotFoundException missing = new AggregateNotFoundException("x", "missing");

        RuntimeException refusal = MissingAggregateConfiguration.translate(
                GenericCommandMessage.asCommandMessage(new Undeclared("x")), missing);

        assertThat(refusal).isSameAs(missing);
    }
}
