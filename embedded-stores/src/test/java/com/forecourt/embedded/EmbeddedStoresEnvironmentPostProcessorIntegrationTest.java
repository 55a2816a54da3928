package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/** The post-processor as Spring Boot runs it, found through spring.factories, with a real PostgreSQL. */
class EmbeddedStoresEnvironmentPostProcessorIntegrationTest {

    @TempDir
    Path dataDir;

    @Configuration(proxyBeanMethods = false)
    static class NoBeans {
    }

    @AfterEach
    void stopAndClean() {
        EmbeddedStores.forDataDirectory(dataDir).stop();
        Path real = EmbeddedStores.realDirectory(dataDir);
        StoreLayout layout = StoreLayout.resolve(real, ServerUser.detect());
        if (layout.relocated()) {
            Directories.deleteRecursively(layout.postgresParent());
        }
    }

    @Test
    void pointsEveryContextOfTheJvmAtOneEmbeddedPostgres() throws Exception {
        String[] args = {
                "--forecourt.embedded.enabled=true",
                "--forecourt.embedded.data-dir=" + dataDir,
                "--forecourt.embedded.postgres.port=0",
                // Elasticsearch counts as external here, so that this module's build never starts a node.
                "--forecourt.elasticsearch.uris=http://127.0.0.1:9",
                "--spring.datasource.username=ignored-with-the-embedded-url"};

        try (ConfigurableApplicationContext first = application().run(args);
                ConfigurableApplicationContext second = application().run(args)) {
            String url = first.getEnvironment().getProperty("spring.datasource.url");

            assertThat(url).matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/forecourt");
            assertThat(second.getEnvironment().getProperty("spring.datasource.url")).isEqualTo(url);
            assertThat(first.getEnvironment().getProperty("spring.datasource.username")).isEqualTo("postgres");
            String password = first.getEnvironment().getProperty("spring.datasource.password");
            assertThat(password).isEqualTo(PostgresServer.password(dataDir)).hasSizeGreaterThan(40);
            assertThat(first.getEnvironment().getProperty("forecourt.elasticsearch.uris")).isEqualTo("http://127.0.0.1:9");
            try (Connection connection = DriverManager.getConnection(url, "postgres", password);
                    Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT current_database()")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("forecourt");
            }
        }
    }

    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(NoBeans.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        application.setRegisterShutdownHook(false);
        return application;
    }
}
