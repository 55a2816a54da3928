package com.forecourt.readmodel.status;

import com.forecourt.readmodel.Store;

/**
 * A projection's progress at one moment. Positions are global positions in the event stream; {@code position} is
 * the lowest over the processor's segments and null before it has handled any event.
 *
 * @param lagSeconds      time between the event at {@code position} and the event at the head; null when the event
 *                        store cannot tell (Axon Server)
 * @param progress        0..1 while replaying, else null
 * @param eventsPerSecond this node's estimate from position samples over the last minute; null until sampled
 * @param etaSeconds      lagEvents / eventsPerSecond; 0 when caught up, null when unknown
 * @param error           why the processor is in ERROR, else null
 */
public record ProjectionState(String name, Store store, ProjectionStatus status, int activeVersion,
                              Long position, long headPosition, long lagEvents, Double lagSeconds, Double progress,
                              Double eventsPerSecond, Double etaSeconds, int deadLetters,
                              String error) {
}
