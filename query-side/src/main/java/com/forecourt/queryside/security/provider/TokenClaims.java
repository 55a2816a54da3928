package com.forecourt.queryside.security.provider;

import com.forecourt.queryside.security.ForecourtSecurityProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * What the embedded provider puts in a buyer's tokens, under the claim names the resource server reads
 * ({@code forecourt.security.jwt.*}):
 * <ul>
 *   <li>access token: {@code roles} (["CUSTOMER"]) and {@code customer_id};</li>
 *   <li>ID token: {@code customer_id};</li>
 *   <li>both: {@code sub} is the customer id, not the e-mail address, so that tokens carry no personal data.</li>
 * </ul>
 */
final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final BuyerLogins logins;
    private final ForecourtSecurityProperties.Jwt names;

    TokenClaims(BuyerLogins logins, ForecourtSecurityProperties.Jwt names) {
        this.logins = logins;
        this.names = names;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        Authentication principal = context.getPrincipal();
        boolean access = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean id = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (principal == null || !(access || id)) {
            return;
        }
        UUID customerId = logins.customerId(principal.getName()).orElse(null);
        if (customerId == null) {
            return;
        }
        context.getClaims().subject(customerId.toString());
        context.getClaims().claim(names.getCustomerIdClaim(), customerId.toString());
        if (access) {
            List<String> roles = principal.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                    // an ArrayList: the authorization is stored with these claims, and Spring Authorization Server's
                    // JSON allow-list refuses to read back Java's immutable lists (RP-initiated logout failed)
                    .collect(Collectors.toCollection(ArrayList::new));
            context.getClaims().claim(names.getRolesClaim(), roles);
        }
    }
}
