package com.forecourt.queryside.graphql;

import com.forecourt.vehicle.api.WithdrawVehicle;
import com.forecourt.vehicle.query.FindVehicle;
import com.forecourt.vehicle.query.VehicleView;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.axonframework.axonserver.connector.ErrorCode;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client can tell "try again shortly" from a bug: when nothing can take a command or query, the GraphQL error is
 * SERVICE_UNAVAILABLE with {@code retryable: true}. In one process that happens when no handler is subscribed, which
 * is what Axon Server reports when the other side of the distributed deployment is down, so real Axon buses without
 * handlers stand in for it here, in-process, behind real GraphQL execution and the real {@link ErrorCodes}.
 */
class ServiceUnavailableTest {

    private static final String SCHEMA = """
            type Query { vehicle(vin: String!): String, failingVehicle(vin: String!): String,
                         unreachableVehicle(vin: String!): String }
            type Mutation { withdrawVehicle(vin: String!): String }
            """;
    private static final String VIN = "WVWZZZ1KZAW000001";

    /** No handler is subscribed to either bus, as when the side that has them is down. */
    private final CommandGateway commands = DefaultCommandGateway.builder()
            .commandBus(SimpleCommandBus.builder().build()).build();
    private final SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
    private final QueryGateway queries = DefaultQueryGateway.builder().queryBus(queryBus).build();

    @Test
    void canTellTheClientToRetryACommandThatNoHandlerTakes() {
        List<ResponseError> errors = execute("mutation { withdrawVehicle(vin: \"" + VIN + "\") }");

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry(ErrorCodes.CODE, GraphqlErrorCodes.SERVICE_UNAVAILABLE)
                .containsEntry(ErrorCodes.RETRYABLE, true));
    }

    @Test
    void canTellTheClientToRetryAQueryThatNoHandlerAnswers() {
        List<ResponseError> errors = execute("{ vehicle(vin: \"" + VIN + "\") }");

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry(ErrorCodes.CODE, GraphqlErrorCodes.SERVICE_UNAVAILABLE)
                .containsEntry(ErrorCodes.RETRYABLE, true));
    }

    /** The failure Axon Server's query bus raises when it cannot dispatch, built the way it builds it. */
    @Test
    void canTellTheClientToRetryWhenAxonServerCannotBeReached() {
        List<ResponseError> errors = execute("{ unreachableVehicle(vin: \"" + VIN + "\") }");

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry(ErrorCodes.CODE, GraphqlErrorCodes.SERVICE_UNAVAILABLE)
                .containsEntry(ErrorCodes.RETRYABLE, true));
    }

    @Test
    void cannotRetryAQueryWhoseHandlerFailed() {
        queryBus.subscribe(FindVehicle.class.getName(), VehicleView.class, query -> {
            throw new IllegalStateException("a bug in the handler");
        });

        List<ResponseError> errors = execute("{ failingVehicle(vin: \"" + VIN + "\") }");

        assertThat(errors).singleElement().satisfies(error -> assertThat(error.getExtensions())
                .containsEntry(ErrorCodes.CODE, "INTERNAL")
                .doesNotContainKey(ErrorCodes.RETRYABLE));
    }

    private List<ResponseError> execute(String document) {
        GraphQlSource source = GraphQlSource.schemaResourceBuilder()
                .schemaResources(new ByteArrayResource(SCHEMA.getBytes(StandardCharsets.UTF_8)))
                .configureRuntimeWiring(wiring -> wiring
                        .type("Query", type -> type
                                .dataFetcher("vehicle", environment -> findVehicle(environment.getArgument("vin")))
                                .dataFetcher("failingVehicle", environment -> findVehicle(environment.getArgument("vin")))
                                .dataFetcher("unreachableVehicle", environment -> CompletableFuture.failedFuture(
                                        ErrorCode.QUERY_DISPATCH_ERROR.convert("query-side-1",
                                                new StatusRuntimeException(Status.UNAVAILABLE)))))
                        .type("Mutation", type -> type
                                .dataFetcher("withdrawVehicle", environment -> commands.send(
                                        new WithdrawVehicle(environment.getArgument("vin"), "sold elsewhere")))))
                .exceptionResolvers(List.of(new ErrorCodes()))
                .build();
        ExecutionGraphQlResponse response = new DefaultExecutionGraphQlService(source)
                .execute(new DefaultExecutionGraphQlRequest(document, null, null, null, "request-1", null))
                .block();
        assertThat(response).isNotNull();
        return response.getErrors();
    }

    private CompletableFuture<String> findVehicle(String vin) {
        return queries.query(new FindVehicle(vin), ResponseTypes.instanceOf(VehicleView.class))
                .thenApply(vehicle -> vehicle == null ? null : vehicle.vin());
    }
}
