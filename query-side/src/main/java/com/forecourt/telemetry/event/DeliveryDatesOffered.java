package com.forecourt.telemetry.event;

import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The delivery days a buyer was offered at checkout, with their free slots (empty when no day of the range had
 * one), and the car ({@code vin}, null when the client did not say). "Soon" is counted from the day the server
 * received the event ({@code receivedOn}, UTC), not from the browser's clock: a free slot within
 * {@value #SOON_DAYS} days means one on a day from that day to {@value #SOON_DAYS} days after it, both included.
 */
public record DeliveryDatesOffered(Instant clientTime, String vin, List<OfferedDate> dates, LocalDate receivedOn)
        implements TelemetryEvent {

    /** The horizon of {@code freeSlotWithin7Days}, in days. */
    public static final int SOON_DAYS = 7;

    public DeliveryDatesOffered {
        dates = List.copyOf(dates);
    }

    static DeliveryDatesOffered read(EventFields fields) {
        List<OfferedDate> dates = new ArrayList<>();
        fields.node().get("dates").forEach(date ->
                dates.add(new OfferedDate(LocalDate.parse(date.get("date").asText()), date.get("freeSlots").intValue())));
        return new DeliveryDatesOffered(fields.clientTime(), fields.optionalVin("vin"), dates, fields.receivedOn());
    }

    /** The first offered day, not before {@code receivedOn}, with a free slot. */
    public Optional<LocalDate> firstFreeDate() {
        return dates.stream().filter(date -> date.freeSlots() > 0 && !date.date().isBefore(receivedOn))
                .map(OfferedDate::date).min(Comparator.naturalOrder());
    }

    /** Days from {@code receivedOn} to {@link #firstFreeDate()}. */
    public Optional<Integer> daysToFirstFreeSlot() {
        return firstFreeDate().map(date -> (int) ChronoUnit.DAYS.between(receivedOn, date));
    }

    /** Whether any offered day within {@value #SOON_DAYS} days had a free slot. */
    public boolean freeSlotWithin7Days() {
        return daysToFirstFreeSlot().filter(days -> days <= SOON_DAYS).isPresent();
    }

    @Override
    public TelemetryEventType type() {
        return TelemetryEventType.DELIVERY_DATES_OFFERED;
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (vin != null) {
            fields.put("vin", vin);
        }
        fields.put("dates", dates.stream()
                .map(date -> Map.<String, Object>of("date", date.date().toString(), "freeSlots", date.freeSlots()))
                .toList());
        fields.put("offeredDates", dates.size());
        firstFreeDate().ifPresent(date -> fields.put("firstFreeDate", date.toString()));
        daysToFirstFreeSlot().ifPresent(days -> fields.put("daysToFirstFreeSlot", days));
        fields.put("freeSlotWithin7Days", freeSlotWithin7Days());
        return fields;
    }
}
