package com.forecourt.testing;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/** What every integration test needs: a GraphQL client over real HTTP and a look into the event store. */
@ForecourtIntegrationTest
public abstract class IntegrationTestSupport {

    static {
        TestDataDirectory.ensureFresh();
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    /** An anonymous GraphQL client that talks HTTP to the running application. */
    protected HttpGraphQlTester graphql() {
        return HttpGraphQlTester.create(http().build());
    }

    /** A GraphQL client authenticated with HTTP Basic as the development user {@code staff} (role STAFF). */
    protected HttpGraphQlTester staff() {
        return graphqlAs("staff", "staff");
    }

    /** A GraphQL client authenticated with HTTP Basic as the development user {@code admin} (STAFF and ADMIN). */
    protected HttpGraphQlTester admin() {
        return graphqlAs("admin", "admin");
    }

    /** A GraphQL client authenticated with HTTP Basic. */
    protected HttpGraphQlTester graphqlAs(String user, String password) {
        return HttpGraphQlTester.create(http().defaultHeaders(headers -> headers.setBasicAuth(user, password)).build());
    }

    private WebTestClient.Builder http() {
        return WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port + "/graphql")
                .responseTimeout(Duration.ofSeconds(30));
    }

    /** How many events the event store holds for one aggregate. */
    protected int eventsFor(String aggregateId) {
        Integer count = jdbc.queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Integer.class, aggregateId);
        return count == null ? 0 : count;
    }
}
