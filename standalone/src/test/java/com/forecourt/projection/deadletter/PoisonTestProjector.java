package com.forecourt.projection.deadletter;

import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.VehiclePriceChanged;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * TEST ONLY: a projector in its own processing group, on the normal vehicle events, that fails on the vehicles a
 * test poisons. It gets its dead-letter queue from the production {@link DeadLetterConfiguration} like every other
 * group, keeps nothing but the events it applied in memory, and fails for no vehicle unless a test asks it to, so
 * other tests never notice it.
 */
@Component
@ProcessingGroup(PoisonTestProjector.NAME)
public class PoisonTestProjector {

    public static final String NAME = "poison-test";

    private static final Set<String> POISONED = ConcurrentHashMap.newKeySet();
    private static final Map<String, List<String>> APPLIED = new ConcurrentHashMap<>();

    /** From now on the projector fails on every event of this vehicle. */
    public static void poison(String vin) {
        POISONED.add(vin);
    }

    /** "The projector is fixed": events of this vehicle are handled again. */
    public static void cure(String vin) {
        POISONED.remove(vin);
    }

    /** The event types applied for a vehicle, in order. */
    public static List<String> applied(String vin) {
        return List.copyOf(APPLIED.getOrDefault(vin, List.of()));
    }

    @EventHandler
    void on(VehicleListed event) {
        apply(event.vin(), "VehicleListed");
    }

    @EventHandler
    void on(VehiclePriceChanged event) {
        apply(event.vin(), "VehiclePriceChanged");
    }

    private static void apply(String vin, String type) {
        if (POISONED.contains(vin)) {
            throw new IllegalStateException("poison-test projector cannot handle " + type + " of " + vin);
        }
        APPLIED.computeIfAbsent(vin, key -> new CopyOnWriteArrayList<>()).add(type);
    }
}
