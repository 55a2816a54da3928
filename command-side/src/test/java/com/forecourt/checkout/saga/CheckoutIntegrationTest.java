package com.forecourt.checkout.saga;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.common.ErrorCode;
import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CreditLimitExceeded;
import com.forecourt.customer.api.CreditReleased;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.customer.api.CreditSettled;
import com.forecourt.customer.api.RegisterCustomer;
import com.forecourt.delivery.api.DeliverySlotBooked;
import com.forecourt.delivery.api.DeliverySlotReleased;
import com.forecourt.delivery.api.DeliverySlotUnavailable;
import com.forecourt.delivery.api.OpenDeliveryDay;
import com.forecourt.order.api.CancelOrder;
import com.forecourt.order.api.MarkOrderDelivered;
import com.forecourt.order.api.OrderCancelled;
import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderRejected;
import com.forecourt.order.api.PlaceOrder;
import com.forecourt.order.api.RejectionReason;
import com.forecourt.testing.CommandProbes;
import com.forecourt.testing.CommandSideIntegrationSupport;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleReservationRejected;
import com.forecourt.vehicle.api.VehicleReservationReleased;
import com.forecourt.vehicle.api.VehicleReserved;
import com.forecourt.vehicle.api.VehicleSold;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The checkout saga end to end: commands through the real command bus, events in the PostgreSQL event store, the
 * saga on its pooled streaming processor with its state in the JDBC saga store, deadlines in db-scheduler's table.
 */
class CheckoutIntegrationTest extends CommandSideIntegrationSupport {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long PRICE = 1_649_500L;
    private static final int RACE_ROUNDS = 20;

    @Autowired
    private CommandProbes probes;
    @Autowired
    private CheckoutProperties checkoutProperties;
    @Autowired
    private EventProcessingConfiguration eventProcessing;
    @Autowired
    private DeadlineManager deadlineManager;

    @Test
    void canRunTheCheckoutOnAPooledStreamingProcessorWithPersistentDeadlines() {
        assertThat(eventProcessing.eventProcessor(CheckoutSaga.PROCESSING_GROUP))
                .containsInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(deadlineManager).isInstanceOf(DbSchedulerDeadlineManager.class);
    }

    @Test
    void canCheckOutAnAvailableCarForACustomerWithCreditOnAnOpenDay() {
        String vin = listedCar();
        UUID customer = registeredCustomer(2 * PRICE);
        LocalDate day = openDay(1);

        UUID order = placeOrder(customer, vin, day);

        assertThat(awaitOutcome(order)).isEqualTo(new OrderConfirmed(order, PRICE, day, confirmedAt(order)));
        assertThat(eventsOf(vin, VehicleReserved.class))
                .extracting(VehicleReserved::orderId, VehicleReserved::pricePence).containsExactly(tuple(order, PRICE));
        assertThat(eventsOf(customer, CreditReserved.class))
                .extracting(CreditReserved::amountPence).containsExactly(PRICE);
        assertThat(eventsOf(day, DeliverySlotBooked.class))
                .extracting(DeliverySlotBooked::orderId).containsExactly(order);
        JsonNode saga = await().atMost(PATIENCE).until(() -> sagaStateOf(order).orElse(null),
                state -> state != null && state.path("confirmed").asBoolean());
        assertThat(saga.path("timeoutId").isNull()).as("the timeout is cancelled").isTrue();
    }

    @Test
    void cannotCheckOutACarReservedForAnotherOrder() {
        String vin = listedCar();
        LocalDate day = openDay(2);
        UUID first = placeOrder(registeredCustomer(2 * PRICE), vin, day);
        assertThat(awaitOutcome(first)).isInstanceOf(OrderConfirmed.class);
        UUID customer = registeredCustomer(2 * PRICE);

        UUID second = placeOrder(customer, vin, day);

        assertThat(rejectionOf(second)).isEqualTo(RejectionReason.VEHICLE_UNAVAILABLE);
        assertThat(eventsOf(vin, VehicleReservationRejected.class)).extracting(VehicleReservationRejected::orderId)
                .containsExactly(second);
        assertThat(eventsOf(customer)).hasSize(1);
    }

    @Test
    void cannotCheckOutACarThatWasNeverListed() {
        UUID orderId = UUID.randomUUID();
        String neverListed = uniqueVin();

        Throwable refusal = catchThrowable(() -> commands.sendAndWait(
                new PlaceOrder(orderId, registeredCustomer(2 * PRICE), neverListed, openDay(1))));

        assertThat(refusalCode(refusal)).contains(ErrorCode.VEHICLE_NOT_FOUND);
        assertThat(eventsOf(orderId)).isEmpty();
        assertThat(eventsOf(neverListed)).isEmpty();
    }

    @Test
    void cannotCheckOutBeyondTheCreditLimitAndReleasesTheCar() {
        String vin = listedCar();
        UUID customer = registeredCustomer(PRICE - 1);

        UUID order = placeOrder(customer, vin, openDay(1));

        assertThat(rejectionOf(order)).isEqualTo(RejectionReason.CREDIT_LIMIT_EXCEEDED);
        assertThat(eventsOf(customer, CreditLimitExceeded.class)).hasSize(1);
        awaitLast(vin, VehicleReservationReleased.class);
    }

    @Test
    void cannotCheckOutForAnUnknownCustomer() {
        String vin = listedCar();
        UUID orderId = UUID.randomUUID();

        Throwable refusal = catchThrowable(() -> commands.sendAndWait(
                new PlaceOrder(orderId, UUID.randomUUID(), vin, openDay(1))));

        assertThat(refusalCode(refusal)).contains(ErrorCode.CUSTOMER_NOT_FOUND);
        assertThat(eventsOf(orderId)).isEmpty();
        assertThat(eventsOf(vin)).hasSize(1);
    }

    @Test
    void cannotCheckOutOnAFullDayAndReleasesCreditThenCar() {
        LocalDate day = openDay(1);
        UUID earlier = placeOrder(registeredCustomer(2 * PRICE), listedCar(), day);
        assertThat(awaitOutcome(earlier)).isInstanceOf(OrderConfirmed.class);
        String vin = listedCar();
        UUID customer = registeredCustomer(2 * PRICE);

        UUID order = placeOrder(customer, vin, day);

        assertThat(rejectionOf(order)).isEqualTo(RejectionReason.NO_DELIVERY_SLOT);
        assertThat(eventsOf(day, DeliverySlotUnavailable.class)).extracting(DeliverySlotUnavailable::orderId)
                .containsExactly(order);
        awaitLast(customer, CreditReleased.class);
        awaitLast(vin, VehicleReservationReleased.class);
        assertThat(globalIndexOf(customer, CreditReleased.class))
                .as("compensation runs in reverse order of reservation")
                .isLessThan(globalIndexOf(vin, VehicleReservationReleased.class));
    }

    @Test
    void cannotCheckOutOnADayThatWasNeverOpened() {
        String vin = listedCar();
        UUID customer = registeredCustomer(2 * PRICE);

        UUID order = placeOrder(customer, vin, uniqueDeliveryDate());

        assertThat(rejectionOf(order)).isEqualTo(RejectionReason.NO_DELIVERY_SLOT);
        awaitLast(customer, CreditReleased.class);
        awaitLast(vin, VehicleReservationReleased.class);
    }

    @Test
    void canCancelAConfirmedOrderReleasingSlotCreditAndCarForTheNextBuyer() {
        String vin = listedCar();
        UUID customer = registeredCustomer(2 * PRICE);
        LocalDate day = openDay(1);
        UUID order = placeOrder(customer, vin, day);
        assertThat(awaitOutcome(order)).isInstanceOf(OrderConfirmed.class);

        commands.sendAndWait(new CancelOrder(order, "Found a cheaper one"));

        awaitLast(day, DeliverySlotReleased.class);
        awaitLast(customer, CreditReleased.class);
        awaitLast(vin, VehicleReservationReleased.class);
        awaitLast(order, OrderCancelled.class);
        await().atMost(PATIENCE).until(() -> sagaStateOf(order).isEmpty());
        UUID nextOrder = placeOrder(registeredCustomer(2 * PRICE), vin, day);
        assertThat(awaitOutcome(nextOrder)).isInstanceOf(OrderConfirmed.class);
    }

    @Test
    void canDeliverAConfirmedOrderSellingTheCarAndSettlingTheCredit() {
        String vin = listedCar();
        UUID customer = registeredCustomer(2 * PRICE);
        UUID order = placeOrder(customer, vin, openDay(1));
        assertThat(awaitOutcome(order)).isInstanceOf(OrderConfirmed.class);

        commands.sendAndWait(new MarkOrderDelivered(order));

        assertThat(awaitLast(vin, VehicleSold.class).pricePence()).isEqualTo(PRICE);
        assertThat(awaitLast(customer, CreditSettled.class).amountPence()).isEqualTo(PRICE);
        await().atMost(PATIENCE).until(() -> sagaStateOf(order).isEmpty());
    }

    /** Two orders for one car at the same moment: exactly one is confirmed and holds the car. */
    @Test
    void canConfirmOnlyOneOfTwoOrdersPlacedForOneCarAtTheSameMoment() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < RACE_ROUNDS; round++) {
                String vin = listedCar();
                LocalDate day = openDay(2);
                UUID first = UUID.randomUUID();
                UUID second = UUID.randomUUID();
                UUID firstCustomer = registeredCustomer(2 * PRICE);
                UUID secondCustomer = registeredCustomer(2 * PRICE);
                CyclicBarrier start = new CyclicBarrier(2);
                CompletableFuture<Void> placeFirst = CompletableFuture.runAsync(
                        () -> place(start, new PlaceOrder(first, firstCustomer, vin, day)), threads);
                CompletableFuture<Void> placeSecond = CompletableFuture.runAsync(
                        () -> place(start, new PlaceOrder(second, secondCustomer, vin, day)), threads);
                placeFirst.get(30, TimeUnit.SECONDS);
                placeSecond.get(30, TimeUnit.SECONDS);

                Object firstOutcome = awaitOutcome(first);
                Object secondOutcome = awaitOutcome(second);

                List<Object> outcomes = List.of(firstOutcome, secondOutcome);
                assertThat(outcomes).as("round %d", round).filteredOn(OrderConfirmed.class::isInstance).hasSize(1);
                assertThat(outcomes).as("round %d", round).filteredOn(OrderRejected.class::isInstance)
                        .singleElement().extracting("reason").isEqualTo(RejectionReason.VEHICLE_UNAVAILABLE);
                UUID winner = firstOutcome instanceof OrderConfirmed ? first : second;
                assertThat(eventsOf(vin, VehicleReserved.class)).as("round %d", round)
                        .extracting(VehicleReserved::orderId).containsExactly(winner);
                assertThat(eventsOf(vin, VehicleReservationReleased.class))
                        .as("round %d: the car stays reserved", round).isEmpty();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * A checkout that never finishes (its slot booking is lost on the way) is rejected by its deadline, which lives
     * in the database: the saga's stored state names it, db-scheduler's table holds it, and making it due there
     * fires it.
     */
    @Test
    void canTimeOutACheckoutThatNeverFinishesReleasingCreditAndCar() {
        String vin = listedCar();
        UUID customer = registeredCustomer(2 * PRICE);
        UUID order = UUID.randomUUID();
        probes.loseSlotBookingOf(order);
        Instant placedAt = clock.instant();

        commands.sendAndWait(new PlaceOrder(order, customer, vin, openDay(1)));
        await().atMost(PATIENCE).until(() -> !eventsOf(customer, CreditReserved.class).isEmpty()
                && sagaStateOf(order).map(state -> state.get("slot").asText()).orElse("").equals("REQUESTED"));

        String timeoutId = sagaStateOf(order).orElseThrow().get("timeoutId").asText();
        Instant dueAt = deadlineDueAt(timeoutId).orElseThrow();
        assertThat(dueAt).isBetween(placedAt.plus(checkoutProperties.timeout()).minusSeconds(5),
                clock.instant().plus(checkoutProperties.timeout()));
        assertThat(rejectionNow(order)).isEmpty();

        jdbc.update("UPDATE scheduled_tasks SET execution_time = now() WHERE task_instance = ?", timeoutId);

        assertThat(rejectionOf(order)).isEqualTo(RejectionReason.CHECKOUT_TIMED_OUT);
        awaitLast(customer, CreditReleased.class);
        awaitLast(vin, VehicleReservationReleased.class);
        await().atMost(PATIENCE).until(() -> deadlineDueAt(timeoutId).isEmpty() && sagaStateOf(order).isEmpty());
    }

    private void place(CyclicBarrier start, PlaceOrder order) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        commands.sendAndWait(order);
    }

    private String listedCar() {
        String vin = uniqueVin();
        commands.sendAndWait(new ListVehicle(vin, "Volkswagen", "Golf", "1.5 TSI Life", 2021, 23_000, FuelType.PETROL,
                Transmission.MANUAL, "Hatchback", "Blue", PRICE, "One owner.", List.of("Heated seats")));
        return vin;
    }

    private UUID registeredCustomer(long creditLimitPence) {
        UUID customerId = UUID.randomUUID();
        commands.sendAndWait(new RegisterCustomer(customerId, "Ann Smith", customerId + "@example.com",
                new Address("1 High Street", null, "Leeds", "LS1 1AA"), creditLimitPence));
        return customerId;
    }

    private LocalDate openDay(int capacity) {
        LocalDate day = uniqueDeliveryDate();
        commands.sendAndWait(new OpenDeliveryDay(day, capacity));
        return day;
    }

    private UUID placeOrder(UUID customerId, String vin, LocalDate day) {
        UUID orderId = UUID.randomUUID();
        commands.sendAndWait(new PlaceOrder(orderId, customerId, vin, day));
        return orderId;
    }

    /** The order's OrderConfirmed or OrderRejected, once the checkout decided. */
    private Object awaitOutcome(UUID orderId) {
        return await().atMost(PATIENCE).until(() -> eventsOf(orderId).stream()
                        .filter(event -> event instanceof OrderConfirmed || event instanceof OrderRejected)
                        .findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    private RejectionReason rejectionOf(UUID orderId) {
        Object outcome = awaitOutcome(orderId);
        assertThat(outcome).isInstanceOf(OrderRejected.class);
        return ((OrderRejected) outcome).reason();
    }

    private Optional<RejectionReason> rejectionNow(UUID orderId) {
        return eventsOf(orderId, OrderRejected.class).stream().map(OrderRejected::reason).findFirst();
    }

    private Instant confirmedAt(UUID orderId) {
        return eventsOf(orderId, OrderConfirmed.class).get(0).confirmedAt();
    }

    /** Waits until the latest event of an aggregate is of this type, as a compensation or a final step. */
    private <T> T awaitLast(Object aggregateId, Class<T> type) {
        return type.cast(await().atMost(PATIENCE).until(() -> {
            List<Object> events = eventsOf(aggregateId);
            return events.isEmpty() ? null : events.get(events.size() - 1);
        }, type::isInstance));
    }

    private long globalIndexOf(Object aggregateId, Class<?> eventType) {
        Long index = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND payload_type = ?", Long.class, aggregateId.toString(),
                eventType.getName());
        assertThat(index).as("%s of %s", eventType.getSimpleName(), aggregateId).isNotNull();
        return index;
    }

    /** The checkout saga's stored state (Jackson), while the saga is alive. */
    private Optional<JsonNode> sagaStateOf(UUID orderId) {
        List<byte[]> states = jdbc.queryForList("SELECT s.serialized_saga FROM saga_entry s "
                + "JOIN association_value_entry a ON a.saga_id = s.saga_id "
                + "WHERE a.association_key = ? AND a.association_value = ?", byte[].class,
                CheckoutSaga.ORDER_ID, orderId.toString());
        try {
            return states.isEmpty() ? Optional.empty() : Optional.of(new ObjectMapper().readTree(states.get(0)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Instant> deadlineDueAt(String deadlineId) {
        return jdbc.queryForList("SELECT execution_time FROM scheduled_tasks WHERE task_instance = ?", Timestamp.class,
                deadlineId).stream().map(Timestamp::toInstant).findFirst();
    }

}
