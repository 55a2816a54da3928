package com.forecourt.customer.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.ChangeCreditLimit;
import com.forecourt.customer.api.ChangeCustomerAddress;
import com.forecourt.customer.api.CreditLimitChanged;
import com.forecourt.customer.api.CreditLimitExceeded;
import com.forecourt.customer.api.CreditReleased;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.customer.api.CreditSettled;
import com.forecourt.customer.api.CustomerAddressChanged;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.customer.api.ReleaseCredit;
import com.forecourt.customer.api.ReserveCredit;
import com.forecourt.customer.api.SettleCredit;
import com.forecourt.platform.axon.CommandRoutingConfiguration;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A buyer and the credit their orders may use: available credit is the limit minus active reservations minus what
 * delivered orders already settled.
 *
 * <p>Too little credit is recorded as {@link CreditLimitExceeded} rather than thrown: the checkout saga reacts to it
 * like to any other outcome. Reserving for a customer who was never registered fails instead, because there is no
 * aggregate to record anything in; the command side reports that as {@code CUSTOMER_NOT_FOUND}, which the saga
 * turns into an order rejected for an unknown customer.
 */
@Aggregate(commandTargetResolver = CommandRoutingConfiguration.TARGET_RESOLVER)
class Customer {

    @AggregateIdentifier
    private UUID customerId;
    private CustomerRegistered registration;
    private Address address;
    private long creditLimitPence;
    private final Map<UUID, Long> reservations = new HashMap<>();
    private final Set<UUID> settledOrders = new HashSet<>();
    private long settledPence;

    Customer() {
        // required by Axon to rebuild the aggregate from its events
    }

    /**
     * Idempotent because the client chooses the id: the same registration again succeeds without a second event.
     * The e-mail claim runs in this command's transaction, so it only sticks if the event is stored too.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterCustomer command, Clock clock, CustomerEmails emails) {
        String name = CustomerRules.name(command.name());
        String email = CustomerRules.email(command.email());
        Address normalisedAddress = CustomerRules.address(command.address());
        long limit = CustomerRules.creditLimit(command.creditLimitPence());
        if (registration != null) {
            if (registration.name().equals(name) && registration.email().equals(email)
                    && registration.address().equals(normalisedAddress) && registration.creditLimitPence() == limit) {
                return;
            }
            throw new CommandRejectedException(ErrorCode.CUSTOMER_ALREADY_REGISTERED,
                    "Customer " + command.customerId() + " is already registered with different details");
        }
        if (!emails.claim(CustomerRules.emailKey(email), command.customerId())) {
            throw new CommandRejectedException(ErrorCode.EMAIL_ALREADY_REGISTERED,
                    "Another customer already registered this e-mail address");
        }
        apply(new CustomerRegistered(command.customerId(), name, email, normalisedAddress, limit, clock.instant()));
    }

    @CommandHandler
    void handle(ChangeCustomerAddress command, Clock clock) {
        Address newAddress = CustomerRules.address(command.address());
        if (newAddress.equals(address)) {
            return;
        }
        apply(new CustomerAddressChanged(customerId, newAddress, clock.instant()));
    }

    /** A limit below what is already in use is allowed: it only stops further reservations. */
    @CommandHandler
    void handle(ChangeCreditLimit command, Clock clock) {
        long limit = CustomerRules.creditLimit(command.creditLimitPence());
        if (limit == creditLimitPence) {
            return;
        }
        apply(new CreditLimitChanged(customerId, creditLimitPence, limit, clock.instant()));
    }

    /** Repeating a reservation for the same order and amount, or for an order already settled, changes nothing. */
    @CommandHandler
    void handle(ReserveCredit command, Clock clock) {
        long amount = CustomerRules.amount(command.amountPence());
        Long reserved = reservations.get(command.orderId());
        if (reserved != null) {
            if (reserved == amount) {
                return;
            }
            throw new CommandRejectedException(ErrorCode.CREDIT_ALREADY_RESERVED,
                    "Order " + command.orderId() + " already holds " + reserved + " pence of credit");
        }
        if (settledOrders.contains(command.orderId())) {
            return;
        }
        long available = availableCreditPence();
        if (amount > available) {
            apply(new CreditLimitExceeded(customerId, command.orderId(), amount, Math.max(0, available),
                    clock.instant()));
        } else {
            apply(new CreditReserved(customerId, command.orderId(), amount, clock.instant()));
        }
    }

    /** Compensation must be safe to repeat, so releasing credit this order does not hold does nothing. */
    @CommandHandler
    void handle(ReleaseCredit command, Clock clock) {
        Long reserved = reservations.get(command.orderId());
        if (reserved != null) {
            apply(new CreditReleased(customerId, command.orderId(), reserved, clock.instant()));
        }
    }

    @CommandHandler
    void handle(SettleCredit command, Clock clock) {
        if (settledOrders.contains(command.orderId())) {
            return;
        }
        Long reserved = reservations.get(command.orderId());
        if (reserved == null) {
            throw new CommandRejectedException(ErrorCode.CREDIT_NOT_RESERVED_FOR_ORDER,
                    "Order " + command.orderId() + " holds no credit of customer " + customerId);
        }
        apply(new CreditSettled(customerId, command.orderId(), reserved, clock.instant()));
    }

    private long availableCreditPence() {
        long reserved = reservations.values().stream().mapToLong(Long::longValue).sum();
        return creditLimitPence - reserved - settledPence;
    }

    @EventSourcingHandler
    void on(CustomerRegistered event) {
        this.customerId = event.customerId();
        this.registration = event;
        this.address = event.address();
        this.creditLimitPence = event.creditLimitPence();
    }

    @EventSourcingHandler
    void on(CustomerAddressChanged event) {
        this.address = event.address();
    }

    @EventSourcingHandler
    void on(CreditLimitChanged event) {
        this.creditLimitPence = event.creditLimitPence();
    }

    @EventSourcingHandler
    void on(CreditReserved event) {
        reservations.put(event.orderId(), event.amountPence());
    }

    @EventSourcingHandler
    void on(CreditReleased event) {
        reservations.remove(event.orderId());
    }

    @EventSourcingHandler
    void on(CreditSettled event) {
        reservations.remove(event.orderId());
        settledOrders.add(event.orderId());
        settledPence += event.amountPence();
    }
}
