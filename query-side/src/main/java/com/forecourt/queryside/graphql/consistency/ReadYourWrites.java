package com.forecourt.queryside.graphql.consistency;

import com.forecourt.common.ErrorCode;
import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.InvalidInputException;
import com.forecourt.readmodel.position.StreamBounds;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Read your own writes over GraphQL (docs/graphql.md, "Consistency tokens"):
 * <ul>
 *   <li>the answer to a mutation carries {@code extensions.consistencyToken}: the event store's head once the
 *   mutation's commands have completed, so at or past every event they appended;</li>
 *   <li>a request with {@code extensions.consistentWith} set to such a token is answered only from read models that
 *   have handled that position: each query it sends waits for its read model, bounded, and is refused with
 *   STALE_READ (retryable) when the read model is still behind;</li>
 *   <li>a token that is not one of ours is BAD_USER_INPUT, and nothing runs.</li>
 * </ul>
 * Also an instrumentation, to learn whether the operation that ran was a mutation.
 */
@Component
class ReadYourWrites extends SimplePerformantInstrumentation implements WebGraphQlInterceptor {

    /** The request extension that asks for a position. */
    static final String CONSISTENT_WITH = "consistentWith";
    /** The response extension that names the position a mutation reached. */
    static final String CONSISTENCY_TOKEN = "consistencyToken";
    private static final String MUTATION = ReadYourWrites.class.getName() + ".mutation";

    private final EventStore events;

    ReadYourWrites(EventStore events) {
        this.events = events;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        Object token = request.getExtensions().get(CONSISTENT_WITH);
        if (token != null) {
            long position;
            try {
                position = ConsistencyTokens.position(token);
            } catch (InvalidInputException invalid) {
                return Mono.just(refused(request, invalid.getMessage()));
            }
            request.configureExecutionInput((input, builder) ->
                    builder.graphQLContext(Map.of(RequestedPosition.KEY, position)).build());
        }
        return chain.next(request).map(response -> Boolean.TRUE.equals(
                response.getExecutionInput().getGraphQLContext().get(MUTATION))
                ? response.transform(answer -> answer.extensions(Map.of(CONSISTENCY_TOKEN,
                        ConsistencyTokens.token(StreamBounds.head(events, StreamBounds.tail(events))))))
                : response);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (parameters.getExecutionContext().getOperationDefinition().getOperation()
                == OperationDefinition.Operation.MUTATION) {
            parameters.getExecutionContext().getGraphQLContext().put(MUTATION, true);
        }
        return SimpleInstrumentationContext.noOp();
    }

    private static WebGraphQlResponse refused(WebGraphQlRequest request, String message) {
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(GraphqlErrorBuilder.newError()
                .errorType(ErrorType.BAD_REQUEST).message(message)
                .extensions(Map.of(GraphqlErrorCodes.EXTENSION, ErrorCode.BAD_USER_INPUT.name())).build()).build();
        ExecutionGraphQlResponse response = new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result);
        return new WebGraphQlResponse(response);
    }
}
