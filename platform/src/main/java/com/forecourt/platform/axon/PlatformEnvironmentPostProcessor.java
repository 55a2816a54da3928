package com.forecourt.platform.axon;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Applies the platform's defaults to every Forecourt application and switches off Axon's update checker.
 *
 * <p>The defaults are added with the lowest precedence, so each application's own configuration, profiles,
 * environment variables and command-line arguments override them. The update checker reads a JVM system property
 * rather than the Spring environment, so it is switched off here, before any bean starts: Forecourt never phones
 * home. An operator who really wants it can pass {@code -Daxoniq.update-checker.disabled=false}.
 */
public class PlatformEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String UPDATE_CHECKER_PROPERTY = "axoniq.update-checker.disabled";
    static final String DEFAULTS = "META-INF/forecourt/platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        disableUpdateChecker();
        if (!environment.getPropertySources().contains(DEFAULTS)) {
            try {
                environment.getPropertySources().addLast(new ResourcePropertySource(DEFAULTS, new ClassPathResource(DEFAULTS)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + DEFAULTS, e);
            }
        }
    }

    /** Idempotent; the applications also call it first thing in {@code main}. */
    public static void disableUpdateChecker() {
        if (System.getProperty(UPDATE_CHECKER_PROPERTY) == null) {
            System.setProperty(UPDATE_CHECKER_PROPERTY, "true");
        }
    }
}
