package com.forecourt.readmodel.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Recent positions of each projection, kept in memory on this node, to estimate how many events per second it
 * handles. Every node samples the shared token store, so the estimate is per node but about the whole processor.
 */
class PositionSamples {

    private record Sample(Instant at, long position) {
    }

    private final Duration window;
    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();

    PositionSamples(Duration window) {
        this.window = window;
    }

    void record(String projection, Instant at, long position) {
        Deque<Sample> recent = samples.computeIfAbsent(projection, name -> new ArrayDeque<>());
        synchronized (recent) {
            if (!recent.isEmpty() && recent.peekLast().position() > position) {
                recent.clear(); // reset for a replay: the old samples say nothing about the new run
            }
            recent.addLast(new Sample(at, position));
            Instant oldest = at.minus(window);
            while (recent.size() > 2 && recent.peekFirst().at().isBefore(oldest)) {
                recent.removeFirst();
            }
        }
    }

    /** Events per second over the window, or null with fewer than two samples at least a second apart. */
    Double rate(String projection) {
        Deque<Sample> recent = samples.get(projection);
        if (recent == null) {
            return null;
        }
        synchronized (recent) {
            if (recent.size() < 2) {
                return null;
            }
            Sample first = recent.peekFirst();
            Sample last = recent.peekLast();
            double seconds = Duration.between(first.at(), last.at()).toMillis() / 1000.0;
            if (seconds < 1) {
                return null;
            }
            return Math.max(0, last.position() - first.position()) / seconds;
        }
    }

    void clear(String projection) {
        samples.remove(projection);
    }
}
