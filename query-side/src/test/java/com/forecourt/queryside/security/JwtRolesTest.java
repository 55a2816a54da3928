package com.forecourt.queryside.security;

import com.forecourt.queryside.graphql.RefusedRequestException;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Roles and a buyer's customer id from a token's claims, and the owner checks on them, without a server. */
class JwtRolesTest {

    private static final UUID A = UUID.fromString("6f1c2f0e-0b8e-4c8e-9a57-0d7a4b2d9f10");
    private static final UUID B = UUID.fromString("0b7e4a52-2c0a-4f4f-8f7e-3b0c2c1f6a11");
    private final JwtRoles roles = new JwtRoles(new ForecourtSecurityProperties.Jwt());

    @Test
    void canReadABuyersRoleAndCustomerId() {
        Caller caller = Caller.of(roles.convert(token(List.of("CUSTOMER"), A.toString())));

        assertThat(caller.has(Role.CUSTOMER)).isTrue();
        assertThat(caller.customerId()).contains(A);
    }

    @Test
    void cannotAcceptABuyersTokenWithoutACustomerId() {
        assertThatThrownBy(() -> roles.convert(token(List.of("CUSTOMER"), null)))
                .isInstanceOf(InvalidBearerTokenException.class).hasMessageContaining("customer_id");
    }

    @Test
    void cannotAcceptABuyersTokenWhoseCustomerIdIsNoUuid() {
        assertThatThrownBy(() -> roles.convert(token(List.of("CUSTOMER"), "ada@example.com")))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    @Test
    void canReadAStaffTokenWithoutACustomerId() {
        AbstractAuthenticationToken staff = roles.convert(token(List.of("STAFF"), null));

        assertThat(Caller.of(staff).has(Role.STAFF)).isTrue();
        assertThat(Caller.of(staff).customerId()).isEmpty();
    }

    @Test
    void cannotReachAnotherCustomersDataAsABuyer() {
        Caller buyer = Caller.of(roles.convert(token(List.of("CUSTOMER"), A.toString())));

        assertThatThrownBy(() -> buyer.requireAccessTo(B, "this order"))
                .isInstanceOfSatisfying(RefusedRequestException.class,
                        refused -> assertThat(refused.code()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void canReachAnyCustomersDataAsStaff() {
        Caller staff = Caller.of(roles.convert(token(List.of("STAFF"), null)));

        staff.requireAccessTo(B, "this order");

        assertThat(staff.has(Role.STAFF)).isTrue();
    }

    @Test
    void cannotAskForMyOwnDataAsStaff() {
        Caller staff = Caller.of(roles.convert(token(List.of("STAFF"), null)));

        assertThatThrownBy(() -> staff.ownCustomerId("Query.me"))
                .isInstanceOfSatisfying(RefusedRequestException.class,
                        refused -> assertThat(refused.code()).isEqualTo("FORBIDDEN"));
    }

    private static Jwt token(List<String> roleNames, String customerId) {
        Jwt.Builder jwt = Jwt.withTokenValue("token").header("alg", "RS256").subject("someone")
                .issuedAt(Instant.parse("2026-12-01T10:00:00Z")).expiresAt(Instant.parse("2026-12-01T10:15:00Z"))
                .claim("roles", roleNames);
        if (customerId != null) {
            jwt.claim("customer_id", customerId);
        }
        return jwt.build();
    }
}
