package com.forecourt.testing;

import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.delivery.api.BookDeliverySlot;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Faults the integration tests inject into real command handling, by a handler interceptor on the command bus. Only
 * commands a test names are touched, so the tests sharing the application context do not notice each other.
 */
@Component
public class CommandProbes {

    /** What a failing registration saw inside its transaction, just before it failed. */
    public record InsideTransaction(int emailRows, int eventRows) {
    }

    private final Set<UUID> lostSlotBookings = ConcurrentHashMap.newKeySet();
    private final Set<String> registrationsFailingAfterAppend = ConcurrentHashMap.newKeySet();
    private final Map<String, InsideTransaction> seenInsideTransaction = new ConcurrentHashMap<>();

    public CommandProbes(CommandBus commandBus, JdbcTemplate jdbc) {
        MessageHandlerInterceptor<CommandMessage<?>> interceptor = (unitOfWork, chain) -> {
            Object payload = unitOfWork.getMessage().getPayload();
            if (payload instanceof BookDeliverySlot booking && lostSlotBookings.contains(booking.orderId())) {
                return null;
            }
            Object result = chain.proceed();
            if (payload instanceof RegisterCustomer registration && registration.email() != null
                    && registrationsFailingAfterAppend.contains(registration.email().toLowerCase(Locale.ROOT))) {
                // registered after the handler ran, so after the event store's own prepare-commit handler
                unitOfWork.onPrepareCommit(u -> {
                    String email = registration.email().toLowerCase(Locale.ROOT);
                    seenInsideTransaction.put(email, new InsideTransaction(
                            count(jdbc, "SELECT count(*) FROM customer_email WHERE email_lower = ?", email),
                            count(jdbc, "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                                    registration.targetId())));
                    throw new IllegalStateException("Injected failure after the event was appended");
                });
            }
            return result;
        };
        commandBus.registerHandlerInterceptor(interceptor);
    }

    /** BookDeliverySlot for this order "succeeds" without reaching the aggregate, as if the message were lost. */
    public void loseSlotBookingOf(UUID orderId) {
        lostSlotBookings.add(orderId);
    }

    /** RegisterCustomer with this e-mail fails after its event was appended, inside the same transaction. */
    public void failRegistrationAfterAppend(String email) {
        registrationsFailingAfterAppend.add(email.toLowerCase(Locale.ROOT));
    }

    /** What the failing registration of this e-mail saw inside its transaction, if it ran. */
    public InsideTransaction seenInsideTransaction(String email) {
        return seenInsideTransaction.get(email.toLowerCase(Locale.ROOT));
    }

    private static int count(JdbcTemplate jdbc, String sql, String argument) {
        Integer count = jdbc.queryForObject(sql, Integer.class, argument);
        return count == null ? 0 : count;
    }
}
