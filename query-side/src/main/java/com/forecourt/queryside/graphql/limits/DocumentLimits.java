package com.forecourt.queryside.graphql.limits;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.NodeUtil;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.validation.ValidationError;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Bounds the work a document may ask for, checked before the step that would do the work:
 * <ul>
 *   <li><b>tokens</b>, while parsing: graphql-java's parser stops after {@code forecourt.graphql.max-tokens} grammar
 *   tokens (TOO_MANY_TOKENS; a document nested too deep for the parser is QUERY_TOO_DEEP);</li>
 *   <li><b>fields</b>, before validation (whose cost grows with them): every field once per place it ends up after
 *   fragments are expanded, aliases and {@code __typename} included, over all operations of the document and any
 *   fragment no operation uses, at most {@code max-fields} (TOO_MANY_FIELDS). Counted on the syntax tree with one
 *   count per fragment, so a fragment spread twice in each of twenty nested fragments costs twenty steps to count,
 *   not a million;</li>
 *   <li><b>root fields</b> of the operation to run, other than {@code __typename}, each of which reaches a store: at
 *   most {@code max-root-fields} (TOO_MANY_ROOT_FIELDS);</li>
 *   <li><b>transport</b>: a subscription only over the WebSocket (UNSUPPORTED_TRANSPORT); over HTTP it would answer
 *   with a stream the response cannot carry;</li>
 *   <li><b>list arguments</b>, once variables are coerced and before any field resolves: no list in any argument, at
 *   any depth of an input object, longer than {@code max-list-size} (LIST_TOO_LONG).</li>
 * </ul>
 * A refused request has no {@code data}; its one error carries the code in {@code extensions.code}.
 */
@Component
class DocumentLimits extends SimplePerformantInstrumentation {

    /** Key in the GraphQL context, {@code true} when the request came over the WebSocket. */
    static final String WEBSOCKET = DocumentLimits.class.getName() + ".websocket";

    private final GraphqlLimitsProperties limits;
    private final ParserOptions parserOptions;

    DocumentLimits(GraphqlLimitsProperties limits) {
        this.limits = limits;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxTokens(limits.getMaxTokens())
                .maxCharacters(limits.getMaxRequestBytes()));
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new ParseOutcome());
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput executionInput,
                                                   InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        // read by graphql-java's parser for this request only
        executionInput.getGraphQLContext().put(ParserOptions.class, parserOptions);
        return executionInput;
    }

    @Override
    public InstrumentationContext<Document> beginParse(InstrumentationExecutionParameters parameters,
                                                       InstrumentationState state) {
        return SimpleInstrumentationContext.whenCompleted((document, failure) -> {
            if (state instanceof ParseOutcome outcome) {
                outcome.refusal = refusal(failure);
            }
        });
    }

    /** graphql-java reports a cancelled parse as a plain syntax error; the exception still tells which limit. */
    private LimitExceeded refusal(Throwable failure) {
        if (failure instanceof ParseCancelledException) {
            return new LimitExceeded(GraphqlErrorCodes.TOO_MANY_TOKENS, "The document has more than "
                    + limits.getMaxTokens() + " tokens; send a smaller one");
        }
        if (failure instanceof ParseCancelledTooDeepException) {
            return new LimitExceeded(GraphqlErrorCodes.QUERY_TOO_DEEP, "The document is nested too deeply to parse");
        }
        if (failure instanceof ParseCancelledTooManyCharsException) {
            return new LimitExceeded(GraphqlErrorCodes.REQUEST_TOO_LARGE, "The document has more than "
                    + limits.getMaxRequestBytes() + " characters");
        }
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult executionResult,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        if (state instanceof ParseOutcome outcome && outcome.refusal != null) {
            return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult()
                    .addError(outcome.refusal).build());
        }
        return CompletableFuture.completedFuture(executionResult);
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        Document document = parameters.getDocument();
        FieldCount count = new FieldCount(document, limits.getMaxFields() + 1L);
        long fields = count.document();
        if (fields > limits.getMaxFields()) {
            throw new LimitExceeded(GraphqlErrorCodes.TOO_MANY_FIELDS, "The document selects more than "
                    + limits.getMaxFields() + " fields (aliases, __typename and every place a fragment is spread "
                    + "count); ask for fewer");
        }
        OperationDefinition operation = operation(document, parameters.getExecutionInput().getOperationName());
        if (operation == null) {
            return null; // validation reports the missing or ambiguous operation
        }
        long rootFields = count.rootFields(operation.getSelectionSet());
        if (rootFields > limits.getMaxRootFields()) {
            throw new LimitExceeded(GraphqlErrorCodes.TOO_MANY_ROOT_FIELDS, "The operation has " + rootFields
                    + " root fields; at most " + limits.getMaxRootFields() + " are allowed in one request");
        }
        boolean websocket = Boolean.TRUE.equals(parameters.getExecutionInput().getGraphQLContext().get(WEBSOCKET));
        if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION && !websocket) {
            throw new LimitExceeded(GraphqlErrorCodes.UNSUPPORTED_TRANSPORT, "Subscriptions run over the WebSocket "
                    + "(graphql-transport-ws) on this path, not over HTTP");
        }
        return null;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getExecutionInput().getOperationName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        field.getArguments().forEach((name, value) -> checkLists(field, name, value));
                    }
                });
        return null;
    }

    private void checkLists(QueryVisitorFieldEnvironment field, String argument, Object value) {
        if (value instanceof Collection<?> list) {
            if (list.size() > limits.getMaxListSize()) {
                throw new LimitExceeded(GraphqlErrorCodes.LIST_TOO_LONG, "A list in argument " + argument + " of "
                        + field.getFieldDefinition().getName() + " has " + list.size() + " items; at most "
                        + limits.getMaxListSize() + " are allowed");
            }
            list.forEach(item -> checkLists(field, argument, item));
        } else if (value instanceof Map<?, ?> input) {
            input.values().forEach(item -> checkLists(field, argument, item));
        }
    }

    private static OperationDefinition operation(Document document, String operationName) {
        try {
            return NodeUtil.getOperation(document, operationName).operationDefinition;
        } catch (RuntimeException unknownOrAmbiguous) {
            return null;
        }
    }

    /** What the parse of this request ran into, if it was one of the limits. */
    private static final class ParseOutcome implements InstrumentationState {
        private volatile LimitExceeded refusal;
    }

    /**
     * Fields of a document after fragment expansion, counted on the syntax tree with one remembered count per
     * fragment. Counts saturate at {@code cap} (the limit plus one), which is all a comparison with the limit needs;
     * a fragment that spreads itself counts nothing more (validation refuses the cycle).
     */
    static final class FieldCount {

        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final List<OperationDefinition> operations;
        private final long cap;
        private final Map<String, Long> allFields = new HashMap<>();
        private final Map<String, Long> topFields = new HashMap<>();
        private final Set<String> counting = new HashSet<>();

        FieldCount(Document document, long cap) {
            document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
            this.operations = document.getDefinitionsOfType(OperationDefinition.class);
            this.cap = cap;
        }

        /** Every operation expanded, plus every fragment that no operation or fragment spreads. */
        long document() {
            long total = 0;
            for (OperationDefinition operation : operations) {
                total = add(total, fields(operation.getSelectionSet()));
            }
            // validation looks at a fragment nobody spreads too (to refuse it), so it counts as well
            Set<String> spread = new HashSet<>();
            operations.forEach(operation -> collectSpreads(operation.getSelectionSet(), spread));
            fragments.values().forEach(fragment -> collectSpreads(fragment.getSelectionSet(), spread));
            for (FragmentDefinition fragment : fragments.values()) {
                if (!spread.contains(fragment.getName())) {
                    total = add(total, fields(fragment.getSelectionSet()));
                }
            }
            return total;
        }

        private static void collectSpreads(SelectionSet selections, Set<String> names) {
            if (selections == null) {
                return;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    collectSpreads(field.getSelectionSet(), names);
                } else if (selection instanceof InlineFragment inline) {
                    collectSpreads(inline.getSelectionSet(), names);
                } else if (selection instanceof FragmentSpread spread) {
                    names.add(spread.getName());
                }
            }
        }

        long fields(SelectionSet selections) {
            long total = 0;
            if (selections == null) {
                return 0;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    total = add(total, add(1, fields(field.getSelectionSet())));
                } else if (selection instanceof InlineFragment inline) {
                    total = add(total, fields(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    total = add(total, fragment(spread.getName(), allFields, this::fields));
                }
                if (total >= cap) {
                    return cap;
                }
            }
            return total;
        }

        /** Root fields that reach a store: every field of the top selection but {@code __typename}. */
        long rootFields(SelectionSet selections) {
            long total = 0;
            if (selections == null) {
                return 0;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    total = add(total, field.getName().startsWith("__") ? 0 : 1);
                } else if (selection instanceof InlineFragment inline) {
                    total = add(total, rootFields(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    total = add(total, fragment(spread.getName(), topFields, this::rootFields));
                }
            }
            return total;
        }

        private long fragment(String name, Map<String, Long> counted, Function<SelectionSet, Long> count) {
            Long known = counted.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null || !counting.add(name)) {
                return 0;
            }
            long fields = count.apply(definition.getSelectionSet());
            counting.remove(name);
            counted.put(name, fields);
            return fields;
        }

        private long add(long a, long b) {
            return Math.min(cap, a + b);
        }
    }
}
