package com.forecourt.queryside.security;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.RefusedRequestException;
import graphql.GraphQLContext;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is asking, for resolvers of fields declared {@code @owner}: {@link FieldAuthorization} has already let in only
 * STAFF (or another role the field names) and CUSTOMERs; the resolver then calls {@link #requireAccessTo} with the
 * customer the data belongs to, before it reads anything else or sends a command, or {@link #ownCustomerId} for
 * "my" data. STAFF passes every owner check; a CUSTOMER passes only for the customer id their token names.
 */
public final class Caller {

    private final boolean signedIn;
    private final Set<Role> roles;
    private final UUID customerId;
    private final String clientAddress;

    private Caller(boolean signedIn, Set<Role> roles, UUID customerId, String clientAddress) {
        this.signedIn = signedIn;
        this.roles = roles;
        this.customerId = customerId;
        this.clientAddress = clientAddress;
    }

    /** The caller of a GraphQL request, as {@link GraphqlAuthentication} put it in the context. */
    public static Caller of(GraphQLContext context) {
        return of(context.get(GraphqlAuthentication.CONTEXT_KEY), context.get(GraphqlAuthentication.CLIENT_ADDRESS_KEY));
    }

    static Caller of(Authentication user) {
        return of(user, null);
    }

    private static Caller of(Authentication user, String clientAddress) {
        if (!FieldAuthorization.isSignedIn(user)) {
            return new Caller(false, EnumSet.noneOf(Role.class), null, clientAddress);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : user.getAuthorities()) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        UUID customer = user instanceof CustomerJwtAuthentication buyer ? buyer.customerId() : null;
        return new Caller(true, roles, customer, clientAddress);
    }

    /** The client's IP address literal (an IPv6 /64 is one client for limits: {@code ClientAddress}); null if unknown. */
    public String clientAddress() {
        return clientAddress;
    }

    /** Whether the caller sent valid credentials. */
    public boolean isSignedIn() {
        return signedIn;
    }

    /** The roles the caller holds. */
    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    /** Whether the caller holds this role. */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The buyer's customer id; empty for staff and anyone else who is not a buyer. */
    public Optional<UUID> customerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * The caller's own customer id, for "my" data ({@code me}, an order placed without a customer id).
     *
     * @throws RefusedRequestException UNAUTHENTICATED without credentials, FORBIDDEN for a caller who is no buyer
     */
    public UUID ownCustomerId(String coordinate) {
        if (!signedIn) {
            throw new RefusedRequestException(GraphqlErrorCodes.UNAUTHENTICATED, ErrorType.UNAUTHORIZED,
                    coordinate + " needs a signed-in buyer; send credentials");
        }
        if (customerId == null || !has(Role.CUSTOMER)) {
            throw new RefusedRequestException(GraphqlErrorCodes.FORBIDDEN, ErrorType.FORBIDDEN,
                    coordinate + " is about a buyer's own data, and you are not signed in as a buyer");
        }
        return customerId;
    }

    /**
     * Lets STAFF through, and a CUSTOMER whose customer id is {@code owner}; refuses everyone else.
     *
     * @param owner the customer the data belongs to
     * @param what  what is asked for, for the message, e.g. "this order" (never a value)
     * @throws RefusedRequestException FORBIDDEN (UNAUTHENTICATED without credentials)
     */
    public void requireAccessTo(UUID owner, String what) {
        if (has(Role.STAFF)) {
            return;
        }
        if (!signedIn) {
            throw new RefusedRequestException(GraphqlErrorCodes.UNAUTHENTICATED, ErrorType.UNAUTHORIZED,
                    "Sign in to see " + what);
        }
        if (customerId == null || !has(Role.CUSTOMER) || !customerId.equals(owner)) {
            throw new RefusedRequestException(GraphqlErrorCodes.FORBIDDEN, ErrorType.FORBIDDEN,
                    "Only the customer it belongs to, or staff, may see or change " + what);
        }
    }
}
