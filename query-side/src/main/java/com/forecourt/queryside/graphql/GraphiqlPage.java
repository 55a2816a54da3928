package com.forecourt.queryside.graphql;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at {@code /graphiql} from assets inside the application. Spring for GraphQL's own page loads
 * its scripts from a CDN, which an offline or locked-down installation cannot reach.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/graphiql").setViewName("forward:/graphiql/index.html");
    }
}
