package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** Everything the post-processor decides without starting a server. */
class EmbeddedStoresEnvironmentPostProcessorTest {

    private final EmbeddedStoresEnvironmentPostProcessor processor =
            new EmbeddedStoresEnvironmentPostProcessor(destination -> destination.get());

    @TempDir
    Path dataDir;

    private StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }

    @Test
    void isRegisteredUnderSpringBoot4sKey() throws Exception {
        boolean registered = false;
        for (URL factories : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
            Properties properties = PropertiesLoaderUtils.loadProperties(new UrlResource(factories));
            registered |= properties.getProperty(EnvironmentPostProcessor.class.getName(), "")
                    .contains(EmbeddedStoresEnvironmentPostProcessor.class.getName());
        }
        assertThat(registered).isTrue();
    }

    @Test
    void doesNothingUnlessEnabled() {
        StandardEnvironment environment = environment(Map.of("forecourt.embedded.data-dir", dataDir.resolve("x").toString()));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(EmbeddedStoresEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(Files.exists(dataDir.resolve("x"))).isFalse();
    }

    @Test
    void startsNothingWhenTheApplicationIsPointedAtExternalStores() {
        StandardEnvironment environment = environment(Map.of(
                "forecourt.embedded.enabled", "true",
                "forecourt.embedded.data-dir", dataDir.resolve("x").toString(),
                "spring.datasource.url", "jdbc:postgresql://db.example:5432/forecourt",
                "forecourt.elasticsearch.uris", "http://search.example:9200"));

        processor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getPropertySources().contains(EmbeddedStoresEnvironmentPostProcessor.PROPERTY_SOURCE_NAME)).isFalse();
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db.example:5432/forecourt");
        assertThat(Files.exists(dataDir.resolve("x"))).isFalse();
    }
}
