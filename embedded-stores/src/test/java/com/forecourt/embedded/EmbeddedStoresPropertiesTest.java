package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class EmbeddedStoresPropertiesTest {

    @Test
    void defaults() {
        EmbeddedStoresProperties properties = EmbeddedStoresProperties.bind(new StandardEnvironment());

        assertThat(properties.enabled()).isFalse();
        assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
        assertThat(properties.postgres().port()).isEqualTo(15432);
        assertThat(properties.elasticsearch().port()).isEqualTo(19200);
        assertThat(properties.elasticsearch().heap()).isEqualTo("512m");
        assertThat(properties.elasticsearch().startupTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(properties.postgres().toOptions()).isEqualTo(PostgresServer.Options.defaults());
        assertThat(properties.elasticsearch().toOptions()).isEqualTo(ElasticsearchServer.Options.defaults());
    }

    @Test
    void bindsEveryProperty() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                "forecourt.embedded.enabled", "true",
                "forecourt.embedded.data-dir", "target/it-data",
                "forecourt.embedded.postgres.port", "0",
                "forecourt.embedded.elasticsearch.port", "0",
                "forecourt.embedded.elasticsearch.heap", "1g",
                "forecourt.embedded.elasticsearch.startup-timeout", "4m")));

        EmbeddedStoresProperties properties = EmbeddedStoresProperties.bind(environment);

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.dataDir()).isEqualTo(Path.of("target/it-data"));
        assertThat(properties.postgres().port()).isZero();
        assertThat(properties.elasticsearch().toOptions())
                .isEqualTo(new ElasticsearchServer.Options(0, "1g", Duration.ofMinutes(4)));
    }

    @Test
    void acceptsEnvironmentVariableNames() {
        StandardEnvironment environment = new StandardEnvironment();
        // Spring Boot maps environment variable names only for the source of that name.
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "FORECOURT_EMBEDDED_ENABLED", "true",
                "FORECOURT_EMBEDDED_DATADIR", "/srv/forecourt",
                "FORECOURT_EMBEDDED_ELASTICSEARCH_STARTUPTIMEOUT", "30s")));

        EmbeddedStoresProperties properties = EmbeddedStoresProperties.bind(environment);

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/forecourt"));
        assertThat(properties.elasticsearch().startupTimeout()).isEqualTo(Duration.ofSeconds(30));
    }
}
