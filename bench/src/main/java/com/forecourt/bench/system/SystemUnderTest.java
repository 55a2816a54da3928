package com.forecourt.bench.system;

import com.forecourt.bench.report.Mode;
import com.forecourt.platform.axon.ProcessorTuningConfiguration;
import com.forecourt.platform.axon.PlatformEnvironmentPostProcessor;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Forecourt (command and query side in one JVM, as the embedded default runs) on the shared stores, with Forecourt's
 * tuning or with Axon's defaults. Started in this JVM so that scenarios can use the command gateway and the stores
 * directly, and GraphQL over real HTTP on a free port.
 */
public final class SystemUnderTest implements AutoCloseable {

    private final Mode mode;
    private final ConfigurableApplicationContext context;
    private final GraphqlClient anonymous;
    private final GraphqlClient staff;
    private final GraphqlClient admin;
    private final EventWatch watch;

    private SystemUnderTest(Mode mode, ConfigurableApplicationContext context) {
        this.mode = mode;
        this.context = context;
        int port = Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        this.anonymous = new GraphqlClient(port, null, null);
        this.staff = new GraphqlClient(port, "staff", "staff");
        this.admin = new GraphqlClient(port, "admin", "admin");
        this.watch = new EventWatch(context.getBean(EventStore.class));
    }

    /** Starts the system in {@code mode} (FORECOURT or BASELINE) on a fresh database and an empty Elasticsearch node. */
    public static SystemUnderTest start(Mode mode, Stores stores, String database) {
        stores.wipeElasticsearch();
        String url = stores.createDatabase(database);
        PlatformEnvironmentPostProcessor.disableUpdateChecker();
        SpringApplication application = new SpringApplication(BenchApplication.class);
        application.setBannerMode(Banner.Mode.OFF);
        application.setDefaultProperties(properties(mode, stores, url));
        return new SystemUnderTest(mode, application.run());
    }

    /** What standalone's application.yml sets, pointed at the shared stores. */
    private static Map<String, Object> properties(Mode mode, Stores stores, String url) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ProcessorTuningConfiguration.TUNING_ENABLED, Boolean.toString(mode == Mode.FORECOURT));
        properties.put("forecourt.embedded.enabled", "false");
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", stores.postgres().username());
        properties.put("spring.datasource.password", stores.postgres().password());
        properties.put("forecourt.elasticsearch.uris", stores.elasticsearchUrl());
        properties.put("spring.application.name", "forecourt-bench-" + mode.name().toLowerCase());
        properties.put("spring.flyway.locations", "classpath:db/migration/eventstore,classpath:db/migration/axon,"
                + "classpath:db/migration/command,classpath:db/migration/query");
        properties.put("spring.graphql.graphiql.enabled", "false");
        properties.put("spring.graphql.websocket.path", "/graphql");
        properties.put("forecourt.graphql.max-depth", "10");
        properties.put("forecourt.graphql.max-complexity", "5000");
        properties.put("server.address", "127.0.0.1");
        properties.put("server.port", "0");
        properties.put("forecourt.security.users[0].name", "staff");
        properties.put("forecourt.security.users[0].password", "{noop}staff");
        properties.put("forecourt.security.users[0].roles", "STAFF");
        properties.put("forecourt.security.users[1].name", "admin");
        properties.put("forecourt.security.users[1].password", "{noop}admin");
        properties.put("forecourt.security.users[1].roles", "STAFF,ADMIN");
        // the harness's own output is the point; the system's INFO lines would drown it
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.com.forecourt.bench", "INFO");
        return properties;
    }

    public Mode mode() {
        return mode;
    }

    public CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    public EventStore eventStore() {
        return context.getBean(EventStore.class);
    }

    public EventStorageEngine storageEngine() {
        return context.getBean(EventStorageEngine.class);
    }

    public TransactionManager transactions() {
        return context.getBean(TransactionManager.class);
    }

    public TokenStore tokenStore() {
        return context.getBean(TokenStore.class);
    }

    public org.axonframework.config.EventProcessingConfiguration eventProcessing() {
        return context.getBean(org.axonframework.config.EventProcessingConfiguration.class);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** GraphQL without credentials, as a shopper browses the public catalogue. */
    public GraphqlClient anonymous() {
        return anonymous;
    }

    /**
     * GraphQL as the development user staff (STAFF), with HTTP Basic on every request. Note: Spring Security upgrades
     * the {@code {noop}} password to bcrypt on first use, so each request then pays one bcrypt check (about 75 ms of
     * CPU here), as a production user with a {@code {bcrypt}} password does.
     */
    public GraphqlClient staff() {
        return staff;
    }

    /** GraphQL as the development user admin (STAFF, ADMIN): projection operations. */
    public GraphqlClient admin() {
        return admin;
    }

    public EventWatch watch() {
        return watch;
    }

    /** The size of the event store as the global index of its newest event (rolled-back appends leave a few gaps). */
    public long storeSize() {
        Long head = jdbc().queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    @Override
    public void close() {
        watch.close();
        context.close();
    }
}
