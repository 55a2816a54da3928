package com.forecourt.queryside.graphql;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLNamedType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
 *   Introspection fields cost nothing. A full page of 100 vehicles with every field, hits, facets and page info
 *   costs about 3,600.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

    /** The page-size argument that multiplies the cost of a field's selection. */
    static final String PAGE_SIZE_ARGUMENT = "first";

    @Bean
    MaxDepth maxQueryDepth(@Value("${forecourt.graphql.max-depth:10}") int maxDepth) {
        return new MaxDepth(maxDepth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(
            @Value("${forecourt.graphql.max-complexity:5000}") int maxComplexity) {
        return new MaxQueryComplexityInstrumentation(maxComplexity, QueryLimits::cost) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int max) {
                return new LimitExceeded(GraphqlErrorCodes.QUERY_TOO_COMPLEX, "The query is too complex: it costs "
                        + complexity + ", at most " + max + " is allowed. Ask for fewer fields or smaller pages");
            }
        };
    }

    static int cost(FieldComplexityEnvironment field, int selectionCost) {
        if (field.getField().getName().startsWith("__")) {
            return 0;
        }
        int multiplier = 1;
        if (field.getArguments().get(PAGE_SIZE_ARGUMENT) instanceof Number first) {
            multiplier = (int) Math.max(1, Math.min(first.longValue(), Paging.MAX_PAGE_SIZE));
        }
        long cost = 1L + (long) selectionCost * multiplier;
        return (int) Math.min(cost, Integer.MAX_VALUE);
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

    /** Aborts the whole request; its code survives into {@code extensions.code}. */
    static final class LimitExceeded extends AbortExecutionException {

        private final String code;

        LimitExceeded(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of(ErrorCodes.CODE, code);
        }
    }
}
