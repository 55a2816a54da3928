package com.forecourt.queryside.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.UUID;

/** A bearer JWT of a buyer: role CUSTOMER and the customer id its {@code customer_id} claim names. */
final class CustomerJwtAuthentication extends JwtAuthenticationToken {

    private final UUID customerId;

    CustomerJwtAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, UUID customerId) {
        super(jwt, authorities, jwt.getSubject());
        this.customerId = customerId;
    }

    /** The buyer's customer id. */
    UUID customerId() {
        return customerId;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof CustomerJwtAuthentication buyer
                && customerId.equals(buyer.customerId);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + customerId.hashCode();
    }
}
