package com.forecourt.queryside.graphql.limits;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How many of something (open WebSockets, running subscriptions) each client holds, against a maximum. A gauge, not
 * a rate: a slot is taken when the thing starts and given back when it ends, and a client holding none has no entry.
 */
final class ClientSlots {

    private final ConcurrentHashMap<String, Integer> held = new ConcurrentHashMap<>();

    /** Takes a slot for the client unless it already holds {@code maximum}; {@code true} if taken. */
    boolean tryTake(String client, int maximum) {
        boolean[] taken = {false};
        held.compute(client, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= maximum) {
                return count;
            }
            taken[0] = true;
            return current + 1;
        });
        return taken[0];
    }

    /** Gives back a slot taken by {@link #tryTake}. */
    void giveBack(String client) {
        held.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    /** Slots the client holds now. */
    int held(String client) {
        return held.getOrDefault(client, 0);
    }
}
