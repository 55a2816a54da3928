package com.forecourt.projection.graphql;

import com.forecourt.readmodel.catalogue.ProjectionBusyException;
import com.forecourt.readmodel.operation.ProjectionOperations;
import com.forecourt.readmodel.status.ProjectionState;
import com.forecourt.readmodel.catalogue.UnknownProjectionException;
import com.forecourt.queryside.graphql.InvalidInputException;
import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.RefusedRequestException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.function.Supplier;

/**
 * Projection status, replays and rebuilds, through the read-model runtime's {@link ProjectionOperations}. The schema
 * declares every root field here {@code @requires(role: ADMIN)}.
 */
@Controller
class ProjectionGraphqlController {

    private final ProjectionOperations operations;

    ProjectionGraphqlController(ProjectionOperations operations) {
        this.operations = operations;
    }

    @QueryMapping
    List<ProjectionState> projections() {
        return operations.states();
    }

    @QueryMapping
    ProjectionState projection(@Argument String name) {
        return translated(() -> operations.state(name));
    }

    @MutationMapping
    ProjectionState replayProjection(@Argument String name) {
        return translated(() -> operations.replay(name));
    }

    @MutationMapping
    ProjectionState rebuildProjection(@Argument String name) {
        return translated(() -> operations.rebuild(name));
    }

    private static ProjectionState translated(Supplier<ProjectionState> action) {
        try {
            return action.get();
        } catch (UnknownProjectionException unknown) {
            throw new InvalidInputException(unknown.getMessage());
        } catch (ProjectionBusyException busy) {
            throw new RefusedRequestException(GraphqlErrorCodes.PROJECTION_BUSY, ErrorType.BAD_REQUEST, busy.getMessage());
        }
    }
}
