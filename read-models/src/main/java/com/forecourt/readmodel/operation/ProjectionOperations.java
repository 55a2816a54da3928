package com.forecourt.readmodel.operation;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.catalogue.UnknownProjectionException;
import com.forecourt.readmodel.rebuild.ProjectionRebuilds;
import com.forecourt.readmodel.replay.ProjectionReplays;
import com.forecourt.readmodel.replay.ReplaysInFlight;
import com.forecourt.readmodel.status.ProjectionState;
import com.forecourt.readmodel.status.ProjectionStatuses;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The interface of the runtime's operations to the admin API: the state of every projection, a replay in place
 * ({@link ProjectionReplays}), a zero-downtime rebuild ({@link ProjectionRebuilds}). A projection is never replayed
 * and rebuilt at once, on any node: each operation is refused with {@link ProjectionBusyException} while the other
 * is under way.
 */
@Component
public class ProjectionOperations {

    private final ProjectionCatalogue catalogue;
    private final ProjectionStatuses statuses;
    private final ProjectionReplays replays;
    private final ReplaysInFlight replaysInFlight;
    private final ProjectionRebuilds rebuilds;

    ProjectionOperations(ProjectionCatalogue catalogue, ProjectionStatuses statuses, ProjectionReplays replays,
                         ReplaysInFlight replaysInFlight, ProjectionRebuilds rebuilds) {
        this.catalogue = catalogue;
        this.statuses = statuses;
        this.replays = replays;
        this.replaysInFlight = replaysInFlight;
        this.rebuilds = rebuilds;
    }

    /** Every projection's state. */
    public List<ProjectionState> states() {
        return statuses.states();
    }

    /**
     * One projection's state.
     *
     * @throws UnknownProjectionException when there is no such projection
     */
    public ProjectionState state(String name) {
        return statuses.state(name);
    }

    /**
     * Replays a projection in place; returns its state once the replay has started.
     *
     * @throws UnknownProjectionException when there is no such projection
     * @throws ProjectionBusyException    when a replay or rebuild of it is under way, or it cannot be reset now
     */
    public ProjectionState replay(String name) {
        ProjectionDescriptor projection = catalogue.get(name);
        replays.replay(name, () -> {
            if (rebuilds.progress(projection).isPresent()) {
                throw new ProjectionBusyException("Projection " + name + " is being rebuilt; wait until it is RUNNING");
            }
            if (statuses.isReplaying(name)) {
                throw new ProjectionBusyException("Projection " + name + " is already replaying; wait until it is RUNNING");
            }
        });
        statuses.forgetRate(name);
        return statuses.state(name);
    }

    /**
     * Starts building the next version of a projection beside the live one; returns its state once started.
     *
     * @throws UnknownProjectionException when there is no such projection
     * @throws ProjectionBusyException    when it is replaying or already being rebuilt
     */
    public ProjectionState rebuild(String name) {
        ProjectionDescriptor projection = catalogue.get(name);
        if (replaysInFlight.isStarting(name) || statuses.isReplaying(name)) {
            throw new ProjectionBusyException("Projection " + name + " is replaying; wait until it is RUNNING");
        }
        rebuilds.start(projection);
        statuses.forgetRate(projection.rebuildProcessorName());
        return statuses.state(name);
    }
}
