package com.forecourt.queryside.graphql.limits;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.Paging;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLNamedType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.Map;


/**
 * Refuses documents that are too deep or too costly before any field is resolved, with a stable code in
 * {@code extensions.code} (QUERY_TOO_DEEP, QUERY_TOO_COMPLEX).
 *
 * <ul>
 *   <li><b>Depth</b> ({@code forecourt.graphql.max-depth}, default 10): a root field is depth 1, each nested
 *   selection adds 1. The {@code ofType} chains of introspection type references do not count, so the
 *   introspection query of GraphiQL and other tools fits; graphql-java's good-faith introspection check bounds
 *   introspection on its own.</li>
 *   <li><b>Complexity</b> ({@code forecourt.graphql.max-complexity}, default 5000): each field costs 1 plus the
 *   cost of its selection, multiplied by its {@code first} argument (page size, at most 100) when it has one.
 *   Every field costs, {@code __typename} and introspection included: a free field is one a client can repeat
 *   without bound. A full page of 100 vehicles with every field, hits, facets and page info costs about 3,600.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphqlLimitsProperties.class)
class QueryLimits {

    /** The page-size argument that multiplies the cost of a field's selection. */
    static final String PAGE_SIZE_ARGUMENT = "first";

    @Bean
    MaxDepth maxQueryDepth(GraphqlLimitsProperties limits) {
        return new MaxDepth(limits.getMaxDepth());
    }

    @Bean
    MaxComplexity maxQueryComplexity(GraphqlLimitsProperties limits) {
        return new MaxComplexity(limits.getMaxComplexity());
    }

    /** A field's cost: 1, plus its selection's cost times its page size ({@code first}, 1 to 100) if it has one. */
    static long cost(Map<String, Object> arguments, long selectionCost) {
        long multiplier = 1;
        if (arguments.get(PAGE_SIZE_ARGUMENT) instanceof Number first) {
            multiplier = Math.max(1, Math.min(first.longValue(), Paging.MAX_PAGE_SIZE));
        }
        return Math.min(Integer.MAX_VALUE, 1 + selectionCost * multiplier);
    }

    /**
     * graphql-java's complexity rule, except that {@code __typename} costs like any other field: graphql-java's own
     * calculator counts it as 0 whatever the field calculator says, so thousands of them were free.
     */
    static final class MaxComplexity extends SimplePerformantInstrumentation {

        private final int maxComplexity;

        MaxComplexity(int maxComplexity) {
            this.maxComplexity = maxComplexity;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            Map<QueryVisitorFieldEnvironment, Long> costOfSelections = new HashMap<>();
            QueryTraverser.newQueryTraverser()
                    .schema(execution.getGraphQLSchema())
                    .document(execution.getDocument())
                    .operationName(execution.getExecutionInput().getOperationName())
                    .coercedVariables(execution.getCoercedVariables())
                    .build()
                    .visitPostOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment field) {
                            long cost = cost(field.getArguments(), costOfSelections.getOrDefault(field, 0L));
                            costOfSelections.merge(field.getParentEnvironment(), cost,
                                    (a, b) -> Math.min(Integer.MAX_VALUE, a + b));
                        }
                    });
            long complexity = costOfSelections.getOrDefault(null, 0L);
            if (complexity > maxComplexity) {
                throw new LimitExceeded(GraphqlErrorCodes.QUERY_TOO_COMPLEX, "The query is too complex: it costs "
                        + complexity + ", at most " + maxComplexity + " is allowed. Ask for fewer fields or smaller pages");
            }
            return super.beginExecuteOperation(parameters, state);
        }
    }

    /** graphql-java's depth rule, except that introspection's {@code __Type.ofType} chains are not counted. */
    static final class MaxDepth extends SimplePerformantInstrumentation {

        private final int maxDepth;

        MaxDepth(int maxDepth) {
            this.maxDepth = maxDepth;
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext execution = parameters.getExecutionContext();
            QueryTraverser traverser = QueryTraverser.newQueryTraverser()
                    .schema(execution.getGraphQLSchema())
                    .document(execution.getDocument())
                    .operationName(execution.getExecutionInput().getOperationName())
                    .coercedVariables(execution.getCoercedVariables())
                    .build();
            int depth = traverser.reducePreOrder((field, deepest) -> Math.max(depth(field), deepest), 0);
            if (depth > maxDepth) {
                throw new LimitExceeded(GraphqlErrorCodes.QUERY_TOO_DEEP, "The query is nested " + depth
                        + " levels deep; at most " + maxDepth + " are allowed");
            }
            return super.beginExecuteOperation(parameters, state);
        }

        private static int depth(QueryVisitorFieldEnvironment field) {
            int depth = 0;
            for (QueryVisitorFieldEnvironment f = field; f != null; f = f.getParentEnvironment()) {
                if (!isTypeReferenceUnwrapping(f)) {
                    depth++;
                }
            }
            return depth;
        }

        private static boolean isTypeReferenceUnwrapping(QueryVisitorFieldEnvironment field) {
            return "ofType".equals(field.getField().getName())
                    && field.getParentType() instanceof GraphQLNamedType type && "__Type".equals(type.getName());
        }
    }
}
