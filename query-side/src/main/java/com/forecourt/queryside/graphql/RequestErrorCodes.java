package com.forecourt.queryside.graphql;

import com.forecourt.common.ErrorCode;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the errors graphql-java raises itself the same {@code extensions.code} contract as the application's own:
 * a request that does not parse, does not validate against the schema, or has an argument or variable of the wrong
 * type or value (an unknown enum value, a date that does not exist) is BAD_USER_INPUT, and so is an operation type
 * the endpoint does not run. Anything else without a code (for example a resolver that returned null for a
 * non-null field) is a server fault: it is logged with an error id and reported as INTERNAL without its text.
 */
@Component
class RequestErrorCodes implements WebGraphQlInterceptor {

    static final String GENERAL_MESSAGE = "The request does not match the schema; see the error's locations";
    private static final Pattern VALIDATION_PREFIX = Pattern.compile("^Validation error \\([^)]*\\) : ");
    private static final Pattern VALUE_ECHO = Pattern.compile(" with value '.*?' is not a valid", Pattern.DOTALL);
    private static final Pattern JAVA_TYPE = Pattern.compile(",? but it was a '[^']*'");
    private static final Pattern INTERNALS = Pattern.compile(
            "\\b\\w+(Value|Reference|Field|Exception)\\{|\\bjava\\.|\\bgraphql\\.|Exception\\b");

    private static final Set<ErrorClassification> CLIENT_ERRORS = Set.of(ErrorType.ValidationError,
            ErrorType.InvalidSyntax, ErrorType.OperationNotSupported, ErrorType.ExecutionAborted,
            org.springframework.graphql.execution.ErrorType.BAD_REQUEST);

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(response -> response.getErrors().stream().allMatch(RequestErrorCodes::hasCode)
                ? response
                : response.transform(builder -> builder.errors(response.getErrors().stream()
                        .map(RequestErrorCodes::withCode).toList())));
    }

    private static boolean hasCode(ResponseError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey(ErrorCodes.CODE);
    }

    private static GraphQLError withCode(ResponseError error) {
        if (hasCode(error)) {
            return asGraphqlError(error, error.getExtensions());
        }
        if (!CLIENT_ERRORS.contains(error.getErrorType())) {
            return InternalErrors.report(error.getErrorType() + ": " + error.getMessage(), error.getParsedPath());
        }
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(ErrorCodes.CODE, ErrorCode.BAD_USER_INPUT.name());
        return asGraphqlError(error, clientMessage(error.getMessage()), extensions);
    }

    /**
     * graphql-java's description of a client's mistake, without what is meant for its developers: the "Validation
     * error (Type@[path])" prefix, the echo of the value as a syntax-tree object ({@code IntValue{value=…}}) and the
     * Java type it was read as ("but it was a 'BigDecimal'"). Anything else that still looks like internals is
     * replaced by a general sentence; the error's path and locations still say where the mistake is.
     */
    static String clientMessage(String message) {
        if (message == null) {
            return GENERAL_MESSAGE;
        }
        String text = VALIDATION_PREFIX.matcher(message).replaceFirst("");
        text = VALUE_ECHO.matcher(text).replaceAll(" is not a valid");
        text = JAVA_TYPE.matcher(text).replaceAll("");
        return INTERNALS.matcher(text).find() ? GENERAL_MESSAGE : text;
    }

    private static GraphQLError asGraphqlError(ResponseError error, Map<String, Object> extensions) {
        return asGraphqlError(error, error.getMessage(), extensions);
    }

    private static GraphQLError asGraphqlError(ResponseError error, String message, Map<String, Object> extensions) {
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations() == null ? List.of() : error.getLocations())
                .path(error.getParsedPath())
                .errorType(error.getErrorType())
                .extensions(extensions)
                .build();
    }
}
