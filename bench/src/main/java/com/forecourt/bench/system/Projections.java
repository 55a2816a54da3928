package com.forecourt.bench.system;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The projections as an operator sees them, through the admin GraphQL API: their progress, replays, and waiting
 * until they have caught up with the event store.
 */
public final class Projections {

    /**
     * The mutation that rebuilds a projection: a zero-downtime rebuild into the next version, so waiting also
     * requires the projection's active version to have increased.
     */
    public static final String REBUILD_MUTATION = "rebuildProjection";
    public static final boolean REBUILD_BUMPS_VERSION = true;

    private static final String PROJECTIONS =
            "{ projections { name status position headPosition lagEvents activeVersion } }";

    /** One row of {@code projections}. */
    public record State(String name, String status, Long position, long headPosition, long lagEvents, int activeVersion) {

        boolean caughtUp() {
            return "RUNNING".equals(status) && lagEvents == 0;
        }
    }

    private final GraphqlClient admin;

    public Projections(GraphqlClient admin) {
        this.admin = admin;
    }

    public List<State> states() {
        List<State> states = new ArrayList<>();
        for (JsonNode node : admin.execute(PROJECTIONS).get("projections")) {
            states.add(new State(node.get("name").asText(), node.get("status").asText(),
                    node.get("position").isNull() ? null : node.get("position").asLong(),
                    node.get("headPosition").asLong(), node.get("lagEvents").asLong(),
                    node.get("activeVersion").asInt()));
        }
        return states;
    }

    public List<String> names() {
        return states().stream().map(State::name).toList();
    }

    /** Starts a rebuild of each projection named; returns their active versions before it. */
    public Map<String, Integer> rebuild(Collection<String> names) {
        Map<String, Integer> versions = new HashMap<>();
        states().stream().filter(state -> names.contains(state.name()))
                .forEach(state -> versions.put(state.name(), state.activeVersion()));
        for (String name : names) {
            admin.execute("mutation R($name: String!) { " + REBUILD_MUTATION + "(name: $name) { name status } }",
                    "name", name);
        }
        return versions;
    }

    /**
     * Waits until every projection named (all when {@code versionsBefore} is empty) is RUNNING with no lag, and, for
     * rebuilds that bump the version, serves a newer version than before.
     *
     * @return true if they got there within {@code timeout}
     */
    public boolean awaitCaughtUp(Map<String, Integer> versionsBefore, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean done = true;
            for (State state : states()) {
                if (!versionsBefore.isEmpty() && !versionsBefore.containsKey(state.name())) {
                    continue;
                }
                boolean versionOk = !REBUILD_BUMPS_VERSION || versionsBefore.isEmpty()
                        || state.activeVersion() > versionsBefore.get(state.name());
                done &= state.caughtUp() && versionOk;
            }
            if (done) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
