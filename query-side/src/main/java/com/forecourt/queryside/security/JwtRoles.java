package com.forecourt.queryside.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

import java.util.Collection;
import java.util.UUID;

/**
 * Turns a validated bearer JWT into the caller: roles from the claim {@code forecourt.security.jwt.roles-claim}
 * ({@code roles}: a JSON array or a space-separated string of STAFF, ADMIN, CUSTOMER, mapped to {@code ROLE_…}),
 * and, for role CUSTOMER, the customer id from {@code forecourt.security.jwt.customer-id-claim}
 * ({@code customer_id}, a UUID). A CUSTOMER token without a valid customer id is refused as an invalid token (401),
 * so a provider that forgets the claim is noticed at once rather than making buyers see nothing.
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
    private final String customerIdClaim;

    JwtRoles(ForecourtSecurityProperties.Jwt claims) {
        roles.setAuthoritiesClaimName(claims.getRolesClaim());
        roles.setAuthorityPrefix("ROLE_");
        this.customerIdClaim = claims.getCustomerIdClaim();
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = roles.convert(jwt);
        boolean buyer = authorities.stream().anyMatch(authority -> Role.CUSTOMER.authority().equals(authority.getAuthority()));
        if (!buyer) {
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
        Object claim = jwt.getClaims().get(customerIdClaim);
        UUID customerId;
        try {
            customerId = claim instanceof String text ? UUID.fromString(text) : null;
        } catch (IllegalArgumentException notAUuid) {
            customerId = null;
        }
        if (customerId == null) {
            throw new InvalidBearerTokenException("A token with role CUSTOMER must name the customer in the claim "
                    + customerIdClaim + " (a UUID)");
        }
        return new CustomerJwtAuthentication(jwt, authorities, customerId);
    }
}
