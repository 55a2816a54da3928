package com.forecourt.queryside.graphql;

import graphql.scalars.ExtendedScalars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** ISO-8601 {@code DateTime} and {@code Date}, and 64-bit {@code Long}, from graphql-java's extended scalars. */
@Configuration(proxyBeanMethods = false)
class GraphqlScalarsConfiguration {

    @Bean
    RuntimeWiringConfigurer extendedScalars() {
        return wiring -> wiring
                .scalar(ExtendedScalars.DateTime)
                .scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.GraphQLLong);
    }
}
