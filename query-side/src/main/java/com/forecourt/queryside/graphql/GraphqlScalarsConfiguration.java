package com.forecourt.queryside.graphql;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** ISO-8601 {@code DateTime} and {@code Date} read strictly ({@link StrictDateScalars}), and 64-bit {@code Long}. */
@Configuration(proxyBeanMethods = false)
class GraphqlScalarsConfiguration {

    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring
                .scalar(StrictDateScalars.dateTime())
                .scalar(StrictDateScalars.date())
                .scalar(ExtendedScalars.GraphQLLong);
    }
}
