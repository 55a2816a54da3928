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
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Authorisation per GraphQL field, decided in one place from the schema coordinates, so a new resolver is covered
 * without touching its controller:
 * <ul>
 *   <li>{@code forecourt.security.graphql.public-fields} (the catalogue) are open to anyone;</li>
 *   <li>{@code admin-fields}, and every root field whose name contains "projection" or "deadLetter", need ADMIN;</li>
 *   <li>every other field of Query, Mutation and Subscription needs STAFF (deny by default);</li>
 *   <li>fields of other types are open to whoever may read their parent, unless listed in {@code staff-fields}
 *   or {@code admin-fields}.</li>
 * </ul>
 * A refused field resolves to null with an error whose {@code extensions.code} is UNAUTHENTICATED (no user) or
 * FORBIDDEN (signed in without the role); its resolver never runs, so a refused mutation sends no command.
 */
@Component
class FieldAuthorization extends SimplePerformantInstrumentation {

    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    private final ForecourtSecurityProperties.Graphql rules;

    FieldAuthorization(ForecourtSecurityProperties properties) {
        this.rules = properties.getGraphql();
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        String type = parameters.getExecutionStepInfo().getObjectType().getName();
        String field = parameters.getField().getName();
        Optional<Role> required = requiredRole(type, field);
        if (required.isEmpty()) {
            return dataFetcher;
        }
        Role role = required.get();
        return environment -> {
            Authentication user = environment.getGraphQlContext().get(GraphqlAuthentication.CONTEXT_KEY);
            check(user, role, type + "." + field);
            return dataFetcher.get(environment);
        };
    }

    /** The role a field needs; empty when anyone may read it. */
    Optional<Role> requiredRole(String type, String field) {
        if (field.startsWith("__")) {
            return Optional.empty(); // introspection and __typename
        }
        String coordinate = type + "." + field;
        boolean root = ROOT_TYPES.contains(type);
        if (rules.getAdminFields().contains(coordinate) || root && isAdministration(field)) {
            return Optional.of(Role.ADMIN);
        }
        if (rules.getStaffFields().contains(coordinate)) {
            return Optional.of(Role.STAFF);
        }
        if (root && !rules.getPublicFields().contains(coordinate)) {
            return Optional.of(Role.STAFF);
        }
        return Optional.empty();
    }

    private static boolean isAdministration(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return name.contains("projection") || name.contains("deadletter");
    }

    static boolean isSignedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    private static void check(Authentication user, Role role, String coordinate) {
        if (!isSignedIn(user)) {
            throw new RefusedRequestException(GraphqlErrorCodes.UNAUTHENTICATED, ErrorType.UNAUTHORIZED,
                    coordinate + " needs a signed-in user with role " + role + "; send credentials");
        }
        boolean granted = user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role.authority()::equals);
        if (!granted) {
            throw new RefusedRequestException(GraphqlErrorCodes.FORBIDDEN, ErrorType.FORBIDDEN,
                    coordinate + " needs role " + role);
        }
    }
}
