package com.forecourt.queryside.security.provider;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether the embedded provider runs: as {@code forecourt.security.provider.enabled} says, and when that is unset,
 * unless another issuer is configured for the resource server ({@code spring.security.oauth2.resourceserver.jwt.
 * issuer-uri} or {@code jwk-set-uri}).
 */
final class EmbeddedProviderCondition extends SpringBootCondition {

    static final String ENABLED = "forecourt.security.provider.enabled";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String enabled = environment.getProperty(ENABLED);
        if (enabled != null && !enabled.isBlank()) {
            return Boolean.parseBoolean(enabled.strip()) ? ConditionOutcome.match(ENABLED + " is true")
                    : ConditionOutcome.noMatch(ENABLED + " is false");
        }
        return externalIssuer(environment)
                ? ConditionOutcome.noMatch("an external issuer is configured")
                : ConditionOutcome.match("no external issuer is configured");
    }

    static boolean externalIssuer(Environment environment) {
        return hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
                || hasText(environment.getProperty("spring.security.oauth2.resourceserver.jwt.jwk-set-uri"));
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
