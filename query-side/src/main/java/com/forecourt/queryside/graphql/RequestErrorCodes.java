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

/**
 * Gives the errors graphql-java raises itself (syntax, validation, argument coercion such as an unknown enum
 * value) the same {@code extensions.code} contract as the application's own errors: BAD_USER_INPUT.
 */
@Component
class RequestErrorCodes implements WebGraphQlInterceptor {

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
        ErrorClassification type = error.getErrorType();
        String code = type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
                || type == org.springframework.graphql.execution.ErrorType.BAD_REQUEST
                ? ErrorCode.BAD_USER_INPUT.name() : ErrorCode.INTERNAL.name();
        Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
        extensions.put(ErrorCodes.CODE, code);
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations() == null ? List.of() : error.getLocations())
                .path(error.getParsedPath())
                .errorType(type)
                .extensions(extensions)
                .build();
    }
}
