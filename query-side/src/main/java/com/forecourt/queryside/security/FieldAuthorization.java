package com.forecourt.queryside.security;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.RefusedRequestException;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.TreeSet;

/**
 * Authorisation per GraphQL field, decided in one place from what the schema declares ({@link FieldRules}:
 * {@code @public}, {@code @requires(role: …)}, {@code @owner}), so a new resolver is covered without touching its
 * controller and nothing depends on a field's name.
 * A refused field resolves to null with an error whose {@code extensions.code} is UNAUTHENTICATED (no user) or
 * FORBIDDEN (signed in without a role the field admits); its resolver never runs, so a refused mutation sends no
 * command. For {@code @owner} fields a CUSTOMER is let through, and the resolver checks that the data is theirs
 * ({@link Caller}).
 */
@Component
class FieldAuthorization extends SimplePerformantInstrumentation {

    private final FieldRules rules;

    FieldAuthorization(ForecourtSecurityProperties properties) {
        this.rules = new FieldRules(properties.getGraphql());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        String type = parameters.getExecutionStepInfo().getObjectType().getName();
        FieldAccess access = rules.access(type, parameters.getExecutionStepInfo().getFieldDefinition());
        if (access.open()) {
            return dataFetcher;
        }
        String coordinate = type + "." + parameters.getField().getName();
        return environment -> {
            Authentication user = environment.getGraphQlContext().get(GraphqlAuthentication.CONTEXT_KEY);
            check(user, access, coordinate);
            return dataFetcher.get(environment);
        };
    }

    static boolean isSignedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    /** Refuses a caller the field does not admit; the message names the roles, never the caller. */
    static void check(Authentication user, FieldAccess access, String coordinate) {
        Set<String> roles = new TreeSet<>(access.roles().stream().map(Role::name).toList());
        String needed = roles.size() == 1 ? "role " + roles.iterator().next() : "one of the roles " + roles;
        if (!isSignedIn(user)) {
            throw new RefusedRequestException(GraphqlErrorCodes.UNAUTHENTICATED, ErrorType.UNAUTHORIZED,
                    coordinate + " needs a signed-in user with " + needed + "; send credentials");
        }
        if (!access.admits(Caller.of(user).roles())) {
            throw new RefusedRequestException(GraphqlErrorCodes.FORBIDDEN, ErrorType.FORBIDDEN,
                    coordinate + " needs " + needed);
        }
    }
}
