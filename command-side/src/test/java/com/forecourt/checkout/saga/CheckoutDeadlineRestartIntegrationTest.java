package com.forecourt.checkout.saga;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.commandside.CommandSideApplication;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CreditReleased;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.delivery.api.OpenDeliveryDay;
import com.forecourt.order.api.OrderRejected;
import com.forecourt.order.api.PlaceOrder;
import com.forecourt.order.api.RejectionReason;
import com.forecourt.testing.CommandProbes;
import com.forecourt.testing.CommandSideIntegrationSupport;
import com.forecourt.testing.FreshDataDirectory;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleReservationReleased;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A checkout timeout survives a restart: it is scheduled by one run of the command side, falls due while no node
 * runs, and the next run fires it. Runs its own two application contexts one after the other on a database of its
 * own, so the cached context of the other integration tests cannot fire the deadline instead.
 */
class CheckoutDeadlineRestartIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final long PRICE = 1_649_500L;

    @Test
    void canFireACheckoutTimeoutThatFellDueWhileTheCommandSideWasDown() {
        Path dataDirectory = FreshDataDirectory.create("forecourt-restart-it-");
        String vin = CommandSideIntegrationSupport.uniqueVin();
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String timeoutId;
        DatabaseAddress database;

        try (ConfigurableApplicationContext first = start(dataDirectory)) {
            CommandGateway commands = first.getBean(CommandGateway.class);
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            first.getBean(CommandProbes.class).loseSlotBookingOf(order);
            LocalDate day = LocalDate.now(first.getBean(Clock.class)).plusDays(3);
            commands.sendAndWait(new ListVehicle(vin, "Volkswagen", "Golf", null, 2021, 23_000, FuelType.PETROL,
                    Transmission.MANUAL, "Hatchback", "Blue", PRICE, "One owner.", List.of()));
            commands.sendAndWait(new RegisterCustomer(customer, "Ann Smith", customer + "@example.com",
                    new Address("1 High Street", null, "Leeds", "LS1 1AA"), 2 * PRICE));
            commands.sendAndWait(new OpenDeliveryDay(day, 1));
            commands.sendAndWait(new PlaceOrder(order, customer, vin, day));

            await().atMost(PATIENCE).until(() -> "REQUESTED".equals(sagaField(jdbc, order, "slot"))
                    && events(first, customer).stream().anyMatch(CreditReserved.class::isInstance));
            timeoutId = sagaField(jdbc, order, "timeoutId");
            database = DatabaseAddress.of(first.getEnvironment());
        }

        JdbcTemplate whileDown = database.jdbc();
        assertThat(whileDown.update("UPDATE scheduled_tasks SET execution_time = now() - interval '1 minute', "
                + "picked = false, picked_by = NULL WHERE task_instance = ?", timeoutId))
                .as("the deadline is still stored after the shutdown").isEqualTo(1);

        try (ConfigurableApplicationContext second = start(dataDirectory)) {
            await().atMost(PATIENCE).until(() -> events(second, order).stream()
                    .anyMatch(event -> event instanceof OrderRejected rejected
                            && rejected.reason() == RejectionReason.CHECKOUT_TIMED_OUT));
            await().atMost(PATIENCE).until(() -> last(second, customer) instanceof CreditReleased
                    && last(second, vin) instanceof VehicleReservationReleased);
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Integer.class, timeoutId))
                    .isZero();
        }
    }

    private static ConfigurableApplicationContext start(Path dataDirectory) {
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .properties(CommandSideApplication.CONFIG_NAME)
                .web(WebApplicationType.NONE)
                .run("--forecourt.embedded.enabled=true",
                        "--forecourt.embedded.postgres.port=0",
                        "--forecourt.embedded.data-dir=" + dataDirectory,
                        "--" + CommandSideIntegrationSupport.NO_ELASTICSEARCH,
                        "--" + CommandSideIntegrationSupport.FAST_DEADLINE_POLLING);
    }

    private static List<Object> events(ConfigurableApplicationContext context, Object aggregateId) {
        return context.getBean(EventStore.class).readEvents(aggregateId.toString()).asStream()
                .map(Message::getPayload).map(Object.class::cast).toList();
    }

    private static Object last(ConfigurableApplicationContext context, Object aggregateId) {
        List<Object> events = events(context, aggregateId);
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }

    /** One field of the checkout saga's stored state, or null while there is none. */
    private static String sagaField(JdbcTemplate jdbc, UUID orderId, String field) {
        List<byte[]> states = jdbc.queryForList("SELECT s.serialized_saga FROM saga_entry s "
                + "JOIN association_value_entry a ON a.saga_id = s.saga_id "
                + "WHERE a.association_key = ? AND a.association_value = ?", byte[].class,
                CheckoutSaga.ORDER_ID, orderId.toString());
        try {
            return states.isEmpty() ? null : new ObjectMapper().readTree(states.get(0)).path(field).asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the embedded PostgreSQL listens; it outlives the application contexts that use it. */
    private record DatabaseAddress(String url, String username, String password) {

        static DatabaseAddress of(Environment environment) {
            return new DatabaseAddress(environment.getRequiredProperty("spring.datasource.url"),
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password"));
        }

        JdbcTemplate jdbc() {
            return new JdbcTemplate(new DriverManagerDataSource(url, username, password));
        }
    }
}
