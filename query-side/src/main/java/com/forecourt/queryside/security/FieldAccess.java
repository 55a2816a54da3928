package com.forecourt.queryside.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may resolve one GraphQL field, as declared in the schema ({@link FieldRules}).
 *
 * @param open      anyone may, signed in or not (declared {@code @public}, or a field of an ordinary type that
 *                  declares nothing and so is open to whoever could read its parent)
 * @param roles     otherwise, a caller needs at least one of these roles
 * @param ownerOnly the CUSTOMER role in {@code roles} admits a buyer to their own data only ({@code @owner}); the
 *                  resolver checks the owner through {@link Caller}
 */
record FieldAccess(boolean open, Set<Role> roles, boolean ownerOnly) {

    static final FieldAccess OPEN = new FieldAccess(true, Set.of(), false);

    FieldAccess {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    static FieldAccess requiring(Role role) {
        return new FieldAccess(false, Set.of(role), role == Role.CUSTOMER);
    }

    /** The same, and also a CUSTOMER for their own data. */
    FieldAccess orOwner() {
        EnumSet<Role> any = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        any.add(Role.CUSTOMER);
        return new FieldAccess(false, any, true);
    }

    /** Whether a caller with these roles may resolve the field (ownership aside). */
    boolean admits(Set<Role> callerRoles) {
        return open || callerRoles.stream().anyMatch(roles::contains);
    }
}
