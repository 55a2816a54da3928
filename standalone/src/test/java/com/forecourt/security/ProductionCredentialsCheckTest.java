package com.forecourt.security;

import com.forecourt.queryside.security.ProductionCredentialsCheck;
import com.forecourt.standalone.ForecourtApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The profile "production" refuses to start without real credentials. */
class ProductionCredentialsCheckTest {

    @Test
    void cannotStartInProductionWithoutCredentials() {
        MockEnvironment environment = production();

        assertThatThrownBy(() -> ProductionCredentialsCheck.verify(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("forecourt.security.users")
                .hasMessageContaining("issuer-uri");
    }

    /** The whole application, in-process, on stores that do not exist: it must stop before touching them. */
    @Test
    void cannotStartTheApplicationInProductionWithoutCredentials() {
        SpringApplicationBuilder application = new SpringApplicationBuilder(ForecourtApplication.class)
                .profiles(ProductionCredentialsCheck.PRODUCTION)
                .properties("forecourt.embedded.enabled=false",
                        "spring.datasource.url=jdbc:postgresql://127.0.0.1:1/never",
                        "forecourt.elasticsearch.uris=http://127.0.0.1:1",
                        "server.port=0",
                        "spring.main.banner-mode=off");

        assertThatThrownBy(application::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("The production profile needs credentials");
    }

    @Test
    void cannotStartInProductionWithTheDevelopmentUsers() {
        MockEnvironment environment = production()
                .withProperty("forecourt.security.users[0].name", "staff")
                .withProperty("forecourt.security.users[0].password", "{bcrypt}" + new BCryptPasswordEncoder(4).encode("staff"))
                .withProperty("forecourt.security.users[0].roles", "STAFF");

        assertThatThrownBy(() -> ProductionCredentialsCheck.verify(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("development user");
    }

    @Test
    void cannotStartInProductionWithAPlainTextPassword() {
        MockEnvironment environment = production()
                .withProperty("forecourt.security.users[0].name", "alice")
                .withProperty("forecourt.security.users[0].password", "{noop}correct horse battery staple")
                .withProperty("forecourt.security.users[0].roles", "STAFF");

        assertThatThrownBy(() -> ProductionCredentialsCheck.verify(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hashed password");
    }

    @Test
    void canStartInProductionWithAHashedPassword() {
        MockEnvironment environment = production()
                .withProperty("forecourt.security.users[0].name", "alice")
                .withProperty("forecourt.security.users[0].password",
                        "{bcrypt}" + new BCryptPasswordEncoder(4).encode("correct horse battery staple"))
                .withProperty("forecourt.security.users[0].roles", "STAFF");

        assertThatCode(() -> ProductionCredentialsCheck.verify(environment)).doesNotThrowAnyException();
    }

    @Test
    void canStartInProductionWithAJwtIssuerAlone() {
        MockEnvironment environment = production()
                .withProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri", "https://login.example.com/");

        assertThatCode(() -> ProductionCredentialsCheck.verify(environment)).doesNotThrowAnyException();
    }

    @Test
    void canStartWithoutCredentialsOutsideProduction() {
        assertThatCode(() -> ProductionCredentialsCheck.verify(new MockEnvironment())).doesNotThrowAnyException();
    }

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(ProductionCredentialsCheck.PRODUCTION);
        return environment;
    }
}
