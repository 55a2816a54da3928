package com.forecourt.common;

/**
 * A command addressed to one aggregate instance.
 *
 * <p>The contract stays framework-free: the platform resolves the target and the routing key from this
 * interface instead of from Axon's {@code @TargetAggregateIdentifier}, so other teams can use these records
 * without depending on Axon.
 */
public interface TargetedCommand {

    /** The identifier of the aggregate this command is for; also the routing key in a distributed deployment. */
    String targetId();
}
