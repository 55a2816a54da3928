package com.forecourt.queryside.security;

import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLFieldDefinition;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads who may resolve a field from its declaration in the schema (the directives of {@code security.graphqls}):
 * <ul>
 *   <li>{@code @public}: anyone, signed in or not;</li>
 *   <li>{@code @requires(role: R)}: a caller with role R;</li>
 *   <li>{@code @owner}: also (or, alone, only) a CUSTOMER, for their own data, which the resolver checks.</li>
 * </ul>
 * A field of Query, Mutation or Subscription that declares none of them needs STAFF (deny by default, so a new root
 * field is never public by accident); a field of another type that declares none is open to whoever could read its
 * parent. Introspection ({@code __schema}, {@code __type}, {@code __typename}) is open. The coordinates listed in
 * {@code forecourt.security.graphql.admin-fields}, {@code staff-fields} and {@code public-fields} (empty by default)
 * override the schema, in that order, so that an operator can close or open a field without a new release.
 * Nothing depends on a field's name.
 */
final class FieldRules {

    static final String PUBLIC = "public";
    static final String REQUIRES = "requires";
    static final String OWNER = "owner";
    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    private final ForecourtSecurityProperties.Graphql overrides;
    private final Map<String, FieldAccess> byCoordinate = new ConcurrentHashMap<>();

    FieldRules(ForecourtSecurityProperties.Graphql overrides) {
        this.overrides = overrides;
    }

    /**
     * Who may resolve {@code field} of the object type {@code type}.
     *
     * @throws IllegalStateException if the field's directives contradict each other ({@code @public} with another)
     */
    FieldAccess access(String type, GraphQLFieldDefinition field) {
        return byCoordinate.computeIfAbsent(type + "." + field.getName(), coordinate -> decide(type, field, coordinate));
    }

    private FieldAccess decide(String type, GraphQLFieldDefinition field, String coordinate) {
        if (field.getName().startsWith("__")) {
            return FieldAccess.OPEN;
        }
        if (overrides.getAdminFields().contains(coordinate)) {
            return FieldAccess.requiring(Role.ADMIN);
        }
        if (overrides.getStaffFields().contains(coordinate)) {
            return FieldAccess.requiring(Role.STAFF);
        }
        if (overrides.getPublicFields().contains(coordinate)) {
            return FieldAccess.OPEN;
        }
        FieldAccess declared = declared(field, coordinate);
        if (declared != null) {
            return declared;
        }
        return ROOT_TYPES.contains(type) ? FieldAccess.requiring(Role.STAFF) : FieldAccess.OPEN;
    }

    private static FieldAccess declared(GraphQLFieldDefinition field, String coordinate) {
        boolean open = field.hasAppliedDirective(PUBLIC);
        GraphQLAppliedDirective requires = field.getAppliedDirective(REQUIRES);
        boolean owner = field.hasAppliedDirective(OWNER);
        if (open && (requires != null || owner)) {
            throw new IllegalStateException(coordinate + " is declared @public and also @requires or @owner; "
                    + "choose one");
        }
        if (open) {
            return FieldAccess.OPEN;
        }
        FieldAccess access = null;
        if (requires != null) {
            Object role = requires.getArgument("role").getValue();
            access = FieldAccess.requiring(Role.valueOf(String.valueOf(role)));
        }
        if (owner) {
            access = access == null ? FieldAccess.requiring(Role.CUSTOMER) : access.orOwner();
        }
        return access;
    }
}
