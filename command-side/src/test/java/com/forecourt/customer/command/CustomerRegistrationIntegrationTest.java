package com.forecourt.customer.command;

import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.testing.CommandProbes;
import com.forecourt.testing.CommandSideIntegrationSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Set validation of e-mail addresses on the real database: the claim and the event commit or roll back together. */
class CustomerRegistrationIntegrationTest extends CommandSideIntegrationSupport {

    private static final int ROUNDS = 10;
    private static final Address ADDRESS = new Address("1 High Street", null, "Leeds", "LS1 1AA");
    private static final Throwable NONE = new Throwable("succeeded");

    @Autowired
    private CommandProbes probes;

    @Test
    void canRegisterACustomerClaimingTheirEmailInLowerCase() {
        UUID customerId = UUID.randomUUID();
        String email = "Ann." + customerId + "@Example.com";

        commands.sendAndWait(registration(customerId, email));

        assertThat(eventsOf(customerId, CustomerRegistered.class)).singleElement()
                .extracting(CustomerRegistered::email).isEqualTo(email);
        assertThat(claimOf(email)).containsExactly(customerId);
    }

    @Test
    void cannotRegisterOneEmailForTwoCustomersEvenAtTheSameMoment() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String email = "race." + UUID.randomUUID() + "@example.com";
                UUID first = UUID.randomUUID();
                UUID second = UUID.randomUUID();
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Throwable> firstOutcome = CompletableFuture.supplyAsync(
                        () -> register(start, registration(first, email.toUpperCase(Locale.ROOT))), threads);
                CompletableFuture<Throwable> secondOutcome = CompletableFuture.supplyAsync(
                        () -> register(start, registration(second, email)), threads);
                List<Throwable> failures = new ArrayList<>();
                for (Throwable failure : List.of(firstOutcome.get(30, TimeUnit.SECONDS),
                        secondOutcome.get(30, TimeUnit.SECONDS))) {
                    if (failure != NONE) {
                        failures.add(failure);
                    }
                }

                assertThat(failures).as("round %d", round).singleElement().satisfies(failure ->
                        assertThat(refusalCode(failure)).contains(ErrorCode.EMAIL_ALREADY_REGISTERED));
                UUID winner = eventsOf(first).isEmpty() ? second : first;
                UUID loser = winner.equals(first) ? second : first;
                assertThat(eventsOf(winner, CustomerRegistered.class)).as("round %d", round).hasSize(1);
                assertThat(eventsOf(loser)).as("round %d", round).isEmpty();
                assertThat(claimOf(email)).as("round %d", round).containsExactly(winner);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void cannotKeepAnEmailClaimWhenTheRegistrationFailsAfterItsEventWasAppended() {
        UUID customerId = UUID.randomUUID();
        String email = "rollback." + customerId + "@example.com";
        probes.failRegistrationAfterAppend(email);

        assertThatThrownBy(() -> commands.sendAndWait(registration(customerId, email)))
                .hasMessageContaining("Injected failure");

        assertThat(probes.seenInsideTransaction(email))
                .as("claim and event were both written in the transaction that then failed")
                .isEqualTo(new CommandProbes.InsideTransaction(1, 1));
        assertThat(claimOf(email)).isEmpty();
        assertThat(eventsOf(customerId)).isEmpty();
    }

    @Test
    void canRegisterTheSameCustomerTwiceWithoutASecondClaimOrEvent() {
        UUID customerId = UUID.randomUUID();
        String email = "twice." + customerId + "@example.com";

        commands.sendAndWait(registration(customerId, email));
        commands.sendAndWait(registration(customerId, email));

        assertThat(eventsOf(customerId)).hasSize(1);
        assertThat(claimOf(email)).containsExactly(customerId);
    }

    private Throwable register(CyclicBarrier start, RegisterCustomer registration) {
        try {
            start.await(10, TimeUnit.SECONDS);
            commands.sendAndWait(registration);
            return NONE;
        } catch (Exception failure) {
            return failure;
        }
    }

    private List<UUID> claimOf(String email) {
        return jdbc.queryForList("SELECT customer_id FROM customer_email WHERE email_lower = ?", UUID.class,
                email.toLowerCase(Locale.ROOT));
    }

    private static RegisterCustomer registration(UUID customerId, String email) {
        return new RegisterCustomer(customerId, "Ann Smith", email, ADDRESS, 5_000_000L);
    }
}
