package com.forecourt.readmodel.replay;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The replays this node is starting or has started, for the status: where each one started, and which ones are
 * being set up right now (between stopping the processor and starting it again).
 */
@Component
public class ReplaysInFlight {

    private final Set<String> starting = ConcurrentHashMap.newKeySet();
    private final Map<String, Long> starts = new ConcurrentHashMap<>();

    /** Whether a replay of the projection is being set up on this node. */
    public boolean isStarting(String projection) {
        return starting.contains(projection);
    }

    /** The position the projection's current replay started from, if this node started one. */
    public OptionalLong start(String projection) {
        Long start = starts.get(projection);
        return start == null ? OptionalLong.empty() : OptionalLong.of(start);
    }

    /** Forgets a replay that has finished. */
    public void finished(String projection) {
        starts.remove(projection);
    }

    boolean beginStarting(String projection) {
        return starting.add(projection);
    }

    void started(String projection, long start) {
        starts.put(projection, start);
    }

    void endStarting(String projection) {
        starting.remove(projection);
    }
}
