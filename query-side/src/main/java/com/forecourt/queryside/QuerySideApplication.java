package com.forecourt.queryside;

import com.forecourt.platform.axon.PlatformEnvironmentPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Runs the query side alone; in the distributed deployment it reads events from Axon Server. */
@SpringBootApplication(scanBasePackages = "com.forecourt")
@AutoConfigurationPackage(basePackages = "com.forecourt")
public class QuerySideApplication {

    /** The name of this application's configuration file ({@code query-side.yml}). */
    public static final String CONFIG_NAME = "spring.config.name=query-side";

    public static void main(String[] args) {
        PlatformEnvironmentPostProcessor.disableUpdateChecker();
        new SpringApplicationBuilder(QuerySideApplication.class).properties(CONFIG_NAME).run(args);
    }
}
