package com.forecourt.platform.axon;

import com.forecourt.common.TargetedCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds the aggregate a command is for from {@link TargetedCommand}, so the framework-free command records of
 * events-api need no Axon annotation; commands that do carry Axon's annotations still work.
 */
public final class TargetedCommandTargetResolver implements CommandTargetResolver {

    private final CommandTargetResolver annotations = AnnotationCommandTargetResolver.builder().build();

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        return command.getPayload() instanceof TargetedCommand targeted
                ? new VersionedAggregateIdentifier(targeted.targetId(), null)
                : annotations.resolveTarget(command);
    }
}
