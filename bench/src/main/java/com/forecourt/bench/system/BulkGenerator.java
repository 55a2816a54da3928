package com.forecourt.bench.system;

import com.forecourt.customer.api.Address;
import com.forecourt.customer.api.CreditReserved;
import com.forecourt.customer.api.CustomerRegistered;
import com.forecourt.delivery.api.DeliveryDayOpened;
import com.forecourt.delivery.api.DeliverySlotBooked;
import com.forecourt.order.api.OrderConfirmed;
import com.forecourt.order.api.OrderPlaced;
import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import com.forecourt.vehicle.api.VehicleReserved;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Grows the event store with what the command side would have written for a busy shop, without running the
 * commands: each unit is a car listed and repriced, a customer registered, an order for the car checked out to
 * CONFIRMED (placed, car reserved, credit reserved, slot booked, confirmed), and a second car listed and repriced,
 * i.e. 10 events on 4 aggregates, plus a delivery day opened per 1,000 orders.
 *
 * <p>The events are appended through Axon's own {@code EventStorageEngine.appendEvents} as
 * {@link GenericDomainEventMessage}s with the aggregate types, sequence numbers and correlation metadata
 * ({@code traceId}, {@code correlationId}) the command side gives them, so payload serialization, revisions and
 * metadata are byte for byte those of real events. The checkout saga must not start on these historic orders, so it
 * is stopped while they are appended and its tokens are then moved past them; the projections do process them,
 * which is the point.
 */
public final class BulkGenerator {

    static final String CHECKOUT_SAGA = "checkout-saga";
    public static final int EVENTS_PER_UNIT = 10;
    private static final int ORDERS_PER_DAY = 1_000;
    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    private static final String[][] MODELS = {
            {"Volkswagen", "Golf"}, {"Volkswagen", "Polo"}, {"Ford", "Fiesta"}, {"Ford", "Focus"},
            {"Vauxhall", "Corsa"}, {"BMW", "3 Series"}, {"Audi", "A3"}, {"Toyota", "Yaris"},
            {"Nissan", "Qashqai"}, {"Kia", "Sportage"}, {"Tesla", "Model 3"}, {"Skoda", "Octavia"}};
    private static final String[] BODIES = {"Hatchback", "Saloon", "Estate", "SUV"};
    private static final String[] COLOURS = {"Blue", "Black", "White", "Silver", "Red", "Grey"};

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Units generated so far in this JVM: identifiers never repeat across calls. */
    private static final AtomicLong UNITS = new AtomicLong();

    /** What a call appended. */
    public record Result(long events, double seconds) {
        public double eventsPerSecond() {
            return seconds > 0 ? events / seconds : 0;
        }
    }

    private BulkGenerator() {
    }

    /** Appends whole units until the store's head is at least {@code targetEvents}, in batches of {@code batchSize} units. */
    public static Result growTo(SystemUnderTest system, long targetEvents, int batchSize) {
        long missing = targetEvents - system.storeSize();
        if (missing <= 0) {
            return new Result(0, 0);
        }
        long units = (missing + EVENTS_PER_UNIT - 1) / EVENTS_PER_UNIT;
        StreamingEventProcessor saga = system.eventProcessing()
                .eventProcessor(CHECKOUT_SAGA, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No " + CHECKOUT_SAGA + " processor"));
        saga.shutDown();
        long appended = 0;
        long start = System.nanoTime();
        try {
            for (long done = 0; done < units; done += batchSize) {
                List<DomainEventMessage<?>> batch = new ArrayList<>();
                long count = Math.min(batchSize, units - done);
                for (long i = 0; i < count; i++) {
                    unit(UNITS.getAndIncrement(), batch);
                }
                system.transactions().executeInTransaction(() -> system.storageEngine().appendEvents(batch));
                appended += batch.size();
            }
        } finally {
            skipSaga(system);
            saga.start();
        }
        return new Result(appended, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Compares generated events with events the command side wrote in this run (the fixtures): aggregate type,
     * payload revision and metadata keys of the same payload type must be the same.
     *
     * @return {@code "same shape as command-side events"} or what differs
     */
    public static String fidelity(SystemUnderTest system) {
        List<String> differences = new ArrayList<>();
        for (Class<?> payload : List.of(VehicleListed.class, VehiclePriceChanged.class)) {
            String sql = "select type, coalesce(payload_revision, '-') as revision, convert_from(meta_data, 'UTF8') as meta "
                    + "from domain_event_entry where payload_type = ? and aggregate_identifier like ? limit 1";
            var real = system.jdbc().queryForList(sql, payload.getName(), "1F%");
            var generated = system.jdbc().queryForList(sql, payload.getName(), "9Z%");
            if (real.isEmpty() || generated.isEmpty()) {
                differences.add(payload.getSimpleName() + ": nothing to compare");
                continue;
            }
            String realShape = shape(real.get(0));
            String generatedShape = shape(generated.get(0));
            if (!realShape.equals(generatedShape)) {
                differences.add(payload.getSimpleName() + ": command side " + realShape + ", generated " + generatedShape);
            }
        }
        return differences.isEmpty() ? "same shape as command-side events" : "DIFFERS: " + String.join("; ", differences);
    }

    private static String shape(java.util.Map<String, Object> row) {
        try {
            List<String> keys = new ArrayList<>();
            JSON.readTree((String) row.get("meta")).fieldNames().forEachRemaining(keys::add);
            keys.sort(null);
            return "type " + row.get("type") + ", revision " + row.get("revision") + ", metadata " + keys;
        } catch (java.io.IOException e) {
            return "unreadable metadata";
        }
    }

    /** Moves every segment of the checkout saga to the head of the stream, past the generated orders. */
    private static void skipSaga(SystemUnderTest system) {
        TokenStore tokens = system.tokenStore();
        TrackingToken head = system.eventStore().createHeadToken();
        system.transactions().executeInTransaction(() -> {
            for (int segment : tokens.fetchSegments(CHECKOUT_SAGA)) {
                tokens.storeToken(head, CHECKOUT_SAGA, segment);
                tokens.releaseClaim(CHECKOUT_SAGA, segment);
            }
        });
    }

    private static void unit(long n, List<DomainEventMessage<?>> out) {
        Instant now = Instant.now();
        String[] model = MODELS[(int) (n % MODELS.length)];
        String sold = vin(2 * n);
        String stock = vin(2 * n + 1);
        UUID customer = uuid(n, 1);
        UUID order = uuid(n, 2);
        long day = n / ORDERS_PER_DAY;
        LocalDate date = LocalDate.of(2100, 1, 1).plusDays(day);
        long price = 500_000 + (n * 7_919) % 4_000_000;

        String listSold = UUID.randomUUID().toString();
        out.add(event("Vehicle", sold, 0, listing(sold, model, n, price, now), listSold, listSold));
        String repriceSold = UUID.randomUUID().toString();
        out.add(event("Vehicle", sold, 1, new VehiclePriceChanged(sold, price, price - 10_000, now), repriceSold, repriceSold));
        String register = UUID.randomUUID().toString();
        out.add(event("Customer", customer.toString(), 0, new CustomerRegistered(customer, "Customer " + n,
                "customer." + n + "@example.com", new Address(n + " High Street", null, "Leeds", "LS1 4AP"),
                100_000_000, now), register, register));
        if (n % ORDERS_PER_DAY == 0) {
            String open = UUID.randomUUID().toString();
            out.add(event("DeliveryDay", date.toString(), 0, new DeliveryDayOpened(date, ORDERS_PER_DAY, now), open, open));
        }
        // the checkout: the saga's commands carry the order's trace and the triggering event as correlation
        String place = UUID.randomUUID().toString();
        DomainEventMessage<?> placed = event("Order", order.toString(), 0,
                new OrderPlaced(order, customer, sold, date, now), place, place);
        out.add(placed);
        DomainEventMessage<?> reserved = event("Vehicle", sold, 2,
                new VehicleReserved(sold, order, price - 10_000, now), place, placed.getIdentifier());
        out.add(reserved);
        DomainEventMessage<?> credit = event("Customer", customer.toString(), 1,
                new CreditReserved(customer, order, price - 10_000, now), place, reserved.getIdentifier());
        out.add(credit);
        DomainEventMessage<?> slot = event("DeliveryDay", date.toString(), 1 + n % ORDERS_PER_DAY,
                new DeliverySlotBooked(date, order, now), place, credit.getIdentifier());
        out.add(slot);
        out.add(event("Order", order.toString(), 1, new OrderConfirmed(order, price - 10_000, date, now),
                place, slot.getIdentifier()));

        String listStock = UUID.randomUUID().toString();
        out.add(event("Vehicle", stock, 0, listing(stock, MODELS[(int) ((n + 5) % MODELS.length)], n + 1, price, now),
                listStock, listStock));
        String repriceStock = UUID.randomUUID().toString();
        out.add(event("Vehicle", stock, 1, new VehiclePriceChanged(stock, price, price - 5_000, now),
                repriceStock, repriceStock));
    }

    private static VehicleListed listing(String vin, String[] model, long n, long price, Instant now) {
        return new VehicleListed(vin, model[0], model[1], n % 3 == 0 ? null : "Trim " + (n % 5), 2015 + (int) (n % 10),
                (int) (5_000 + (n * 131) % 120_000), FuelType.values()[(int) (n % FuelType.values().length)],
                Transmission.values()[(int) (n % 2)], BODIES[(int) (n % BODIES.length)],
                COLOURS[(int) (n % COLOURS.length)], price,
                "Well kept " + model[0] + " " + model[1] + ", full service history, " + (n % 4 + 1) + " owners.",
                n % 2 == 0 ? List.of("Apple CarPlay", "Heated seats") : List.of("Parking sensors"), now);
    }

    private static DomainEventMessage<?> event(String type, String aggregate, long sequence, Object payload,
                                               String traceId, String correlationId) {
        return new GenericDomainEventMessage<>(type, aggregate, sequence, payload,
                MetaData.with("traceId", traceId).and("correlationId", correlationId));
    }

    /** A well-formed VIN from a number, prefixed so it never equals a randomly chosen one of the fixtures. */
    static String vin(long number) {
        char[] vin = new char[17];
        vin[0] = '9';
        vin[1] = 'Z';
        long rest = number;
        for (int i = 16; i >= 2; i--) {
            vin[i] = VIN_ALPHABET.charAt((int) (rest % VIN_ALPHABET.length()));
            rest /= VIN_ALPHABET.length();
        }
        return new String(vin);
    }

    private static UUID uuid(long n, int kind) {
        return new UUID(0x0B3E_0000_0000_0000L | kind, n);
    }
}
