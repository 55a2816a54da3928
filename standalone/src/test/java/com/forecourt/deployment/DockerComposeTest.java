package com.forecourt.deployment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.forecourt.commandside.CommandSideApplication;
import com.forecourt.photo.store.PhotoProperties;
import com.forecourt.queryside.QuerySideApplication;
import com.forecourt.readmodel.elasticsearch.ElasticsearchProperties;
import com.forecourt.queryside.security.ForecourtSecurityProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.yaml.snakeyaml.Yaml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started here (there is no Docker engine on the developers' machines or in CI), so
 * this test reads it, and the files it mounts or builds, and checks it against what the applications really read:
 * their configuration files and configuration properties, Axon Server's configuration and the root pom's versions.
 * Nothing is started.
 */
class DockerComposeTest {

    /** The services built from this repository: the application each runs and the Forecourt properties it binds. */
    private static final List<App> APPS = List.of(
            new App("command-side", CommandSideApplication.CONFIG_NAME, List.of()),
            new App("query-side", QuerySideApplication.CONFIG_NAME,
                    List.of(ElasticsearchProperties.class, ForecourtSecurityProperties.class, PhotoProperties.class)));

    private static final String AXON_SERVER = "axonserver";
    private static final String POSTGRES = "postgres";
    private static final String ELASTICSEARCH = "elasticsearch";
    /** The S3-compatible photo store (ADR 16). */
    private static final String PHOTO_STORE = "seaweedfs";
    private static final String AXON_SERVER_CONFIG = "/axonserver/config/axonserver.properties";
    private static final String PROFILE = "axonserver";

    /** Directories whose loss loses data; each must be a named volume. */
    private static final Map<String, List<String>> STATE = Map.of(
            AXON_SERVER, List.of("/axonserver/data", "/axonserver/events", "/axonserver/log"),
            POSTGRES, List.of("/var/lib/postgresql/data"),
            ELASTICSEARCH, List.of("/usr/share/elasticsearch/data"),
            PHOTO_STORE, List.of("/data"));

    /** The environment-variable prefixes Spring's relaxed binding turns into properties the applications read. */
    private static final List<String> PROPERTY_PREFIXES = List.of("SPRING_", "AXON_", "FORECOURT_");

    /** A compose interpolation: ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}. */
    private static final Pattern INTERPOLATION =
            Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}");

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        Path file = root.resolve("docker-compose.yml");
        assertThat(file).as("the distributed deployment at the repository root").isRegularFile();
        compose = yaml(file);
        services = new LinkedHashMap<>();
        map(compose.get("services"), "services").forEach((name, service) -> services.put(name, map(service, name)));
    }

    @Test
    void pinsEveryImageToARelease() throws IOException {
        assertThat(services.keySet()).as("the services of the distributed deployment")
                .containsAll(APPS.stream().map(App::service).toList())
                .contains(AXON_SERVER, POSTGRES, ELASTICSEARCH);
        services.forEach((name, service) -> {
            if (service.containsKey("build")) {
                assertThat(APPS).as("%s is built from this repository but is no known application", name)
                        .anyMatch(app -> app.service().equals(name));
            } else {
                assertPinned(name, (String) service.get("image"));
            }
        });
        for (App app : APPS) {
            List<String> from = dockerfile(app).stream().filter(line -> line.startsWith("FROM ")).toList();
            assertThat(from).as("%s's Dockerfile has a base image", app.service()).isNotEmpty();
            for (String instruction : from) {
                String image = Arrays.stream(instruction.substring(5).trim().split("\\s+"))
                        .filter(token -> !token.startsWith("--")).findFirst().orElseThrow();
                assertPinned(app.service() + "'s Dockerfile", image);
            }
        }
    }

    @Test
    void runsTheElasticsearchServerThePomNames() {
        Image image = Image.parse(image(ELASTICSEARCH));
        assertThat(image.repository()).as("Elastic's own image")
                .isEqualTo("docker.elastic.co/elasticsearch/elasticsearch");
        assertThat(image.tag()).as("the server the query side's client is built for")
                .isEqualTo(pomProperty("elasticsearch.version"));
    }

    @Test
    void runsThePostgresMajorVersionOfTheEmbeddedBinaries() {
        Image image = Image.parse(image(POSTGRES));
        assertThat(image.repository()).as("the official PostgreSQL image")
                .isIn("postgres", "docker.io/library/postgres");
        assertThat(major(image.tag())).as("PostgreSQL's on-disk format changes between major versions")
                .isEqualTo(major(pomProperty("postgres-binaries.version")));
    }

    @Test
    void startsEveryApplicationWithTheAxonServerProfile() throws IOException {
        for (App app : APPS) {
            assertThat(csv(environment(app.service()).get("SPRING_PROFILES_ACTIVE"))).as(app.service())
                    .contains(PROFILE);
            Path profileFile = app.resources().resolve(app.configName() + "-" + PROFILE + ".yml");
            assertThat(profileFile).as("the %s profile of %s", PROFILE, app.service()).isRegularFile();

            Map<String, String> config = configuration(app);
            assertThat(config).as(app.service()).containsEntry("axon.axonserver.enabled", "true");
            List<String> flyway = csv(config.get("spring.flyway.locations"));
            assertThat(flyway).as("%s's migrations with Axon Server: tokens and sagas, no event store", app.service())
                    .contains("classpath:db/migration/axon")
                    .noneMatch(location -> location.contains("eventstore"));
        }
    }

    @Test
    void setsOnlyPropertiesTheApplicationsRead() throws IOException {
        KnownProperties springAndAxon = springAndAxonProperties();
        for (App app : APPS) {
            Set<String> forecourt = forecourtProperties(app);
            environment(app.service()).keySet().stream()
                    .filter(variable -> PROPERTY_PREFIXES.stream().anyMatch(variable::startsWith))
                    .forEach(variable -> {
                        String property = variable.toLowerCase(Locale.ROOT).replace('_', '.');
                        boolean known = variable.startsWith("FORECOURT_")
                                ? forecourt.contains(withoutListIndex(property))
                                : springAndAxon.contains(property);
                        assertThat(known).as("%s sets %s, which binds to no property %s reads (%s)",
                                app.service(), variable, app.service(), property).isTrue();
                    });
        }
    }

    @Test
    void publishesEachApplicationOnItsServerPort() throws IOException {
        for (App app : APPS) {
            int port = Integer.parseInt(configuration(app).getOrDefault("server.port", "8080"));
            Map<String, Object> service = services.get(app.service());

            List<Integer> containerPorts = new ArrayList<>();
            ports(service).forEach(published -> containerPorts.add(published.target()));
            list(service.get("expose")).forEach(exposed -> containerPorts.add(portNumber(exposed)));
            assertThat(containerPorts).as("%s's container ports", app.service()).isNotEmpty().containsOnly(port);

            assertThat(healthcheck(app.service())).as("%s's health check", app.service())
                    .containsPattern("//(127\\.0\\.0\\.1|localhost):" + port + "/actuator/health/readiness");

            List<String> expose = dockerfile(app).stream().filter(line -> line.startsWith("EXPOSE ")).toList();
            assertThat(expose).as("%s's Dockerfile EXPOSE", app.service())
                    .containsExactly("EXPOSE " + port);
        }
    }

    @Test
    void publishesNothingBeyondTheHostsLoopback() {
        Map<String, List<Integer>> published = new LinkedHashMap<>();
        services.forEach((name, service) -> ports(service).forEach(port -> {
            assertThat(port.hostIp()).as("%s publishes %s on every interface", name, port)
                    .isIn("127.0.0.1", "::1", "[::1]");
            published.computeIfAbsent(name, ignored -> new ArrayList<>()).add(port.target());
        }));
        assertThat(published).as("the GraphQL API and Axon Server's dashboard, nothing else")
                .containsOnlyKeys("query-side", AXON_SERVER);
        assertThat(published.get(AXON_SERVER)).as("Axon Server publishes its dashboard only; gRPC stays internal")
                .containsExactly(Integer.parseInt(axonServerProperties().getProperty("server.port", "8024")));
    }

    @Test
    void checksTheHealthOfEveryServiceBeforeItsDependantsStart() {
        services.forEach((name, service) -> {
            Map<String, Object> healthcheck = map(service.get("healthcheck"), name + ".healthcheck");
            assertThat(healthcheck.get("disable")).as("%s's health check is disabled", name).isNotEqualTo(true);
            assertThat(healthcheck(name)).as("%s's health check", name).isNotBlank().isNotEqualTo("NONE");
            assertThat(service.get("restart")).as("%s's restart policy", name).isNotNull().isNotEqualTo("no");

            Object dependsOn = service.get("depends_on");
            if (dependsOn != null) {
                assertThat(dependsOn).as("%s lists depends_on without conditions, so it only waits for a start", name)
                        .isInstanceOf(Map.class);
                map(dependsOn, name + ".depends_on").forEach((dependency, condition) -> {
                    assertThat(services).as("%s depends on an unknown service", name).containsKey(dependency);
                    assertThat(map(condition, name + ".depends_on." + dependency))
                            .as("%s waits for %s", name, dependency).containsEntry("condition", "service_healthy");
                });
            }
        });
        for (App app : APPS) {
            assertThat(map(services.get(app.service()).get("depends_on"), app.service() + ".depends_on").keySet())
                    .as("%s waits for every service its configuration names", app.service())
                    .containsAll(servicesNamedBy(app));
        }
    }

    @Test
    void keepsDataOnNamedVolumesAndMountsFilesThatExist() {
        Set<String> declared = compose.get("volumes") == null
                ? Set.of()
                : map(compose.get("volumes"), "volumes").keySet();
        services.forEach((name, service) -> {
            for (Mount mount : mounts(service)) {
                if (mount.isBind()) {
                    assertThat(root.resolve(mount.source()).normalize())
                            .as("%s mounts %s; a missing file becomes an empty directory", name, mount.source())
                            .exists();
                } else {
                    assertThat(declared).as("%s uses volume %s", name, mount.source()).contains(mount.source());
                }
            }
        });
        STATE.forEach((name, directories) -> {
            Set<String> namedTargets = mounts(services.get(name)).stream()
                    .filter(mount -> !mount.isBind()).map(Mount::target).collect(Collectors.toSet());
            assertThat(namedTargets).as("%s's data on named volumes", name).containsAll(directories);
        });

        Properties axonServer = axonServerProperties();
        for (String key : List.of("axoniq.axonserver.event.storage", "axoniq.axonserver.snapshot.storage",
                "axoniq.axonserver.controldb-path", "axoniq.axonserver.replication.log-storage-folder")) {
            String path = axonServer.getProperty(key);
            if (path != null) {
                assertThat(STATE.get(AXON_SERVER)).as("%s=%s is on a volume", key, path)
                        .anyMatch(volume -> path.equals(volume) || path.startsWith(volume + "/"));
            }
        }
    }

    /**
     * Every query-side node must serve every photo, so the photos are in the S3-compatible store, which the query side
     * reaches on the compose network with the store's own access key (the AWS SDK reads {@code AWS_*} from the
     * environment); the S3 API is not published.
     */
    @Test
    void keepsPhotosInTheS3StoreWithItsOwnKey() {
        Map<String, String> query = environment("query-side");
        assertThat(query).as("the query side's photo store")
                .containsEntry("FORECOURT_PHOTOS_STORE", "s3")
                .containsEntry("FORECOURT_PHOTOS_S3_PATHSTYLE", "true")
                .containsKey("FORECOURT_PHOTOS_S3_BUCKET");
        URI endpoint = URI.create(query.get("FORECOURT_PHOTOS_S3_ENDPOINT"));
        assertThat(endpoint.getHost()).as("the S3 endpoint").isEqualTo(PHOTO_STORE);
        List<Integer> exposed = list(services.get(PHOTO_STORE).get("expose")).stream()
                .map(DockerComposeTest::portNumber).toList();
        assertThat(exposed).as("the photo store's S3 port").contains(endpoint.getPort());
        assertThat(ports(services.get(PHOTO_STORE))).as("the S3 API stays on the compose network").isEmpty();

        Map<String, String> store = environment(PHOTO_STORE);
        for (String variable : List.of("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")) {
            Interpolation key = Interpolation.of(PHOTO_STORE + " " + variable, store.get(variable));
            assertThat(key.fallback()).as("a default key would be a committed one").isNull();
            assertThat(Interpolation.of("query-side " + variable, query.get(variable)))
                    .as("the query side uses the photo store's %s", variable).isEqualTo(key);
        }
        assertThat(healthcheck(PHOTO_STORE)).as("the photo store's health check asks its S3 port")
                .contains("127.0.0.1:" + endpoint.getPort());
    }

    @Test
    void cannotReachElasticsearchWithoutCredentials() {
        Map<String, String> elasticsearch = environment(ELASTICSEARCH);
        assertThat(elasticsearch).as("Elasticsearch's settings").containsEntry("xpack.security.enabled", "true");
        Interpolation password =
                Interpolation.of(ELASTICSEARCH + " ELASTIC_PASSWORD", elasticsearch.get("ELASTIC_PASSWORD"));
        assertThat(healthcheck(ELASTICSEARCH)).as("the health check must log in, or it never turns healthy")
                .contains("elastic:").contains(password.name());

        Map<String, String> query = environment("query-side");
        assertThat(query).as("the query side's Elasticsearch user")
                .containsEntry("FORECOURT_ELASTICSEARCH_USERNAME", "elastic");
        String queryPassword = query.get("FORECOURT_ELASTICSEARCH_PASSWORD");
        assertThat(Interpolation.of("query-side FORECOURT_ELASTICSEARCH_PASSWORD", queryPassword))
                .as("the query side's password is Elasticsearch's").isEqualTo(password);

        String scheme = "true".equals(elasticsearch.get("xpack.security.http.ssl.enabled")) ? "https" : "http";
        int httpPort = Integer.parseInt(elasticsearch.getOrDefault("http.port", "9200"));
        List<String> uris = csv(query.get("FORECOURT_ELASTICSEARCH_URIS"));
        assertThat(uris).as("FORECOURT_ELASTICSEARCH_URIS").isNotEmpty().allSatisfy(uri -> {
            URI parsed = URI.create(uri);
            assertThat(parsed.getScheme())
                    .as("%s, with Elasticsearch's HTTP TLS %s", uri, scheme.equals("https") ? "on" : "off")
                    .isEqualTo(scheme);
            assertThat(parsed.getHost()).as(uri).isEqualTo(ELASTICSEARCH);
            assertThat(parsed.getPort()).as(uri).isEqualTo(httpPort);
        });
    }

    @Test
    void connectsTheApplicationsToAxonServersGrpcPort() throws IOException {
        Properties axonServer = axonServerProperties();
        int grpcPort = Integer.parseInt(axonServer.getProperty("axoniq.axonserver.port", "8124"));
        int httpPort = Integer.parseInt(axonServer.getProperty("server.port", "8024"));

        assertThat(axonServer.getProperty("axoniq.axonserver.hostname"))
                .as("the host name Axon Server sends clients to must resolve on the compose network")
                .isEqualTo(AXON_SERVER);
        Object hostname = services.get(AXON_SERVER).get("hostname");
        if (hostname != null) {
            assertThat(hostname).as("axonserver's container hostname").isEqualTo(AXON_SERVER);
        }
        assertThat(axonServer.getProperty("axoniq.axonserver.standalone"))
                .as("a single node creates its default context only in standalone mode").isEqualTo("true");
        assertThat(axonServer.getProperty("axoniq.axonserver.devmode.enabled", "false"))
                .as("development mode can delete every event").isEqualTo("false");
        assertThat(healthcheck(AXON_SERVER)).as("Axon Server's health check asks its HTTP port")
                .containsPattern("(127\\.0\\.0\\.1|localhost)[:/]" + httpPort + "\\b");

        for (App app : APPS) {
            List<String> servers = csv(environment(app.service()).get("AXON_AXONSERVER_SERVERS"));
            assertThat(servers).as("%s's AXON_AXONSERVER_SERVERS", app.service()).isNotEmpty()
                    .allSatisfy(server -> assertThat(server).isEqualTo(AXON_SERVER + ":" + grpcPort));
            assertThat(configuration(app).get("axon.axonserver.servers"))
                    .as("%s's default, for a local Axon Server", app.service()).endsWith(":" + grpcPort);
        }
    }

    @Test
    void cannotUseAxonServerWithoutItsToken() throws IOException {
        Properties axonServer = axonServerProperties();
        assertThat(axonServer.getProperty("axoniq.axonserver.accesscontrol.enabled"))
                .as("access control: Axon Server's REST API can send commands and read every event")
                .isEqualTo("true");
        assertThat(axonServer.stringPropertyNames()).as("tokens come from the environment, never a committed file")
                .noneMatch(name -> canonical(name).contains("token"));

        Map<String, String> server = environment(AXON_SERVER);
        Interpolation token = Interpolation.of("axonserver's application token",
                server.get("AXONIQ_AXONSERVER_ACCESSCONTROL_TOKEN"));
        Interpolation admin = Interpolation.of("axonserver's administrators' token",
                server.get("AXONIQ_AXONSERVER_ACCESSCONTROL_ADMINTOKEN"));
        assertThat(token.fallback()).as("a default token would be a committed one").isNull();
        assertThat(admin.fallback()).as("a default token would be a committed one").isNull();
        assertThat(admin.name()).as("the administrators' token is not the applications'").isNotEqualTo(token.name());
        for (App app : APPS) {
            Map<String, String> env = environment(app.service());
            assertThat(Interpolation.of(app.service() + " AXON_AXONSERVER_TOKEN", env.get("AXON_AXONSERVER_TOKEN")))
                    .as("%s connects with Axon Server's application token", app.service()).isEqualTo(token);
            assertThat(env.values()).as("%s never gets the administrators' token", app.service())
                    .noneMatch(value -> value != null && value.contains("${" + admin.name()));
        }
        assertThat(healthcheck(AXON_SERVER)).as("the health check presents the token it may need")
                .contains("AxonIQ-Access-Token").contains("$$AXONIQ_AXONSERVER_ACCESSCONTROL_TOKEN");
        assertThat(Files.readAllLines(root.resolve(".gitignore"))).as(".env holds the tokens and is never committed")
                .contains(".env");
    }

    /**
     * With Axon Server's block-listing a processor is not sent the event types it ignores, so its token stays behind
     * the head while idle: lag never reads zero and a rebuild never reaches its hand-over.
     */
    @Test
    void canStreamEveryEventToEveryProcessor() throws IOException {
        for (App app : APPS) {
            assertThat(configuration(app)).as("%s with the %s profile", app.service(), PROFILE)
                    .containsEntry("axon.axonserver.event-block-listing-enabled", "false");
        }
    }

    @Test
    void canConnectToAxonServerOnABusyMachine() throws IOException {
        long axonsDefault = Long.parseLong(axonDefault("axon.axonserver.connect-timeout"));
        for (App app : APPS) {
            Map<String, String> config = configuration(app);
            assertThat(Long.parseLong(config.getOrDefault("axon.axonserver.connect-timeout", "0")))
                    .as("%s's connect timeout, against Axon's %s ms that timed out under start-up load",
                            app.service(), axonsDefault)
                    .isGreaterThan(axonsDefault);
            assertThat(config).as("%s retries through the configured servers", app.service())
                    .containsKey("axon.axonserver.reconnect-interval")
                    .containsEntry("axon.axonserver.force-reconnect-through-servers", "true");
        }
    }

    /** A misspelt Axon property in a configuration file is silently ignored, so each one must be Axon's. */
    @Test
    void canConfigureOnlyAxonPropertiesThatExist() throws IOException {
        KnownProperties springAndAxon = springAndAxonProperties();
        for (App app : APPS) {
            assertThat(configuration(app).keySet().stream().filter(key -> key.startsWith("axon.")))
                    .as("%s's Axon properties", app.service())
                    .isNotEmpty()
                    .allSatisfy(key -> assertThat(springAndAxon.contains(key))
                            .as("%s sets %s, which Axon does not read", app.service(), key).isTrue());
        }
    }

    @Test
    void givesEachSideItsOwnDatabase() throws IOException {
        Mount init = mounts(services.get(POSTGRES)).stream()
                .filter(mount -> mount.isBind() && mount.target().startsWith("/docker-entrypoint-initdb.d/"))
                .findFirst().orElseThrow(() -> new AssertionError("postgres mounts no init script"));
        assertThat(init.target()).as("an init script the image runs with psql").endsWith(".sql");
        Set<String> created = new HashSet<>();
        Matcher create = Pattern.compile("(?i)\\bCREATE\\s+DATABASE\\s+\"?(\\w+)\"?")
                .matcher(Files.readString(root.resolve(init.source())));
        while (create.find()) {
            created.add(create.group(1));
        }

        Map<String, String> postgres = environment(POSTGRES);
        Set<String> used = new HashSet<>();
        for (App app : APPS) {
            Map<String, String> env = environment(app.service());
            Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/(\\w+)")
                    .matcher(env.getOrDefault("SPRING_DATASOURCE_URL", ""));
            assertThat(url.matches()).as("%s's SPRING_DATASOURCE_URL", app.service()).isTrue();
            assertThat(url.group(1)).as("%s's database host", app.service()).isEqualTo(POSTGRES);
            assertThat(url.group(2)).as("%s's database port", app.service()).isIn(null, "5432");
            assertThat(created).as("databases the init script creates").contains(url.group(3));
            assertThat(used.add(url.group(3))).as("%s shares a database", app.service()).isTrue();

            String username = env.get("SPRING_DATASOURCE_USERNAME");
            String password = env.get("SPRING_DATASOURCE_PASSWORD");
            assertThat(Interpolation.of(app.service() + " SPRING_DATASOURCE_USERNAME", username))
                    .as("%s logs in as PostgreSQL's user", app.service())
                    .isEqualTo(Interpolation.of("postgres POSTGRES_USER", postgres.get("POSTGRES_USER")));
            assertThat(Interpolation.of(app.service() + " SPRING_DATASOURCE_PASSWORD", password))
                    .as("%s uses PostgreSQL's password", app.service())
                    .isEqualTo(Interpolation.of("postgres POSTGRES_PASSWORD", postgres.get("POSTGRES_PASSWORD")));
        }
    }

    @Test
    void switchesOffTheUpdateCheckerInEveryApplication() throws IOException {
        for (App app : APPS) {
            assertThat(environment(app.service())).as(app.service())
                    .containsEntry("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            assertThat(dockerfile(app)).as("%s's Dockerfile", app.service())
                    .anyMatch(line -> line.startsWith("ENV ")
                            && line.matches(".*\\bAXONIQ_UPDATE_CHECKER_DISABLED=\"?true\"?\\b.*"));
        }
    }

    @Test
    void buildsApplicationImagesThatRunTheExecutableJarAsAnUnprivilegedUser() throws IOException {
        for (App app : APPS) {
            List<String> dockerfile = dockerfile(app);
            String user = dockerfile.stream().filter(line -> line.startsWith("USER ")).reduce((first, last) -> last)
                    .map(line -> line.substring(5).trim()).orElse("root");
            assertThat(user.split(":")[0]).as("%s's image user", app.service()).isNotIn("root", "0");
            assertThat(dockerfile).as("compose owns the health checks")
                    .noneMatch(line -> line.startsWith("HEALTHCHECK ") && !line.equals("HEALTHCHECK NONE"));
            assertThat(dockerfile).as("the repackaged jar; the plain one has no dependencies")
                    .anyMatch(line -> line.matches("COPY\\s+(--\\S+\\s+)*target/" + app.moduleDirectory().getFileName()
                            + "-\\S*exec\\.jar\\s+\\S+"));
        }
    }

    @Test
    void definesInTheExampleEnvironmentEveryVariableWithoutADefault() throws IOException {
        Path example = root.resolve(".env.example");
        assertThat(example).as("the documented environment for docker compose").isRegularFile();
        Set<String> defined = Files.readAllLines(example).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#") && line.contains("="))
                .map(line -> line.substring(0, line.indexOf('=')).trim()).collect(Collectors.toSet());

        Set<String> referenced = new TreeSet<>();
        Set<String> required = new TreeSet<>();
        Matcher matcher = INTERPOLATION.matcher(Files.readString(root.resolve("docker-compose.yml")));
        while (matcher.find()) {
            referenced.add(matcher.group(1));
            if (matcher.group(2) == null || !matcher.group(2).endsWith("-")) {
                required.add(matcher.group(1));
            }
        }
        assertThat(defined).as(".env.example").containsAll(required);
        assertThat(referenced).as("variables docker-compose.yml reads").containsAll(defined);
    }

    // ---------------------------------------------------------------------------------------------------------

    private record App(String service, String configNameProperty, List<Class<?>> forecourtProperties) {

        String configName() {
            return configNameProperty.substring(configNameProperty.indexOf('=') + 1);
        }

        Path moduleDirectory() {
            Map<String, Object> build = map(services.get(service).get("build"), service + ".build");
            return root.resolve((String) build.get("context")).normalize();
        }

        Path resources() {
            return moduleDirectory().resolve("src/main/resources");
        }

        Path dockerfile() {
            Map<String, Object> build = map(services.get(service).get("build"), service + ".build");
            return moduleDirectory().resolve((String) build.getOrDefault("dockerfile", "Dockerfile"));
        }
    }

    private record Image(String repository, String tag, String digest) {

        static Image parse(String image) {
            String digest = null;
            if (image.contains("@")) {
                digest = image.substring(image.indexOf('@') + 1);
                image = image.substring(0, image.indexOf('@'));
            }
            int colon = image.indexOf(':', image.lastIndexOf('/') + 1);
            return colon < 0
                    ? new Image(image, null, digest)
                    : new Image(image.substring(0, colon), image.substring(colon + 1), digest);
        }
    }

    private record Port(String hostIp, Integer published, int target) {
    }

    private record Mount(String source, String target) {

        boolean isBind() {
            return source.startsWith(".") || source.startsWith("/") || source.startsWith("~");
        }
    }

    /** What a compose value interpolates: the variable and its default, if any. */
    private record Interpolation(String name, String fallback) {

        static Interpolation of(String what, String value) {
            assertThat(value).as("%s comes from the environment, not from docker-compose.yml", what).isNotNull();
            Matcher matcher = INTERPOLATION.matcher(value);
            assertThat(matcher.matches())
                    .as("%s comes from the environment, not from docker-compose.yml: %s", what, value).isTrue();
            boolean hasDefault = matcher.group(2) != null && matcher.group(2).endsWith("-");
            return new Interpolation(matcher.group(1), hasDefault ? matcher.group(3) : null);
        }
    }

    /** Property names in Spring's canonical form, and the prefixes of map-valued properties. */
    private record KnownProperties(Set<String> names, Set<String> mapPrefixes) {

        boolean contains(String property) {
            String canonical = canonical(property);
            return names.contains(canonical)
                    || mapPrefixes.stream().anyMatch(prefix -> canonical.startsWith(prefix + "."));
        }
    }

    private static void assertPinned(String what, String image) {
        assertThat(image).as("%s has an image", what).isNotBlank();
        Image parsed = Image.parse(image);
        if (parsed.digest() != null) {
            return;
        }
        assertThat(parsed.tag()).as("%s: %s has no tag, so it means latest", what, image).isNotNull();
        assertThat(parsed.tag()).as("%s: %s", what, image)
                .isNotEqualToIgnoringCase("latest")
                .as("%s: %s is a floating tag, not a release (major.minor at least)", what, image)
                .matches("v?\\d+\\.\\d+.*");
    }

    private static List<String> csv(String value) {
        return value == null
                ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    private static String image(String service) {
        return (String) services.get(service).get("image");
    }

    private static int major(String version) {
        return Integer.parseInt(version.split("[.-]")[0]);
    }

    private static Map<String, String> environment(String service) {
        Object environment = services.get(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((key, value) ->
                    result.put(String.valueOf(key), value == null ? null : String.valueOf(value)));
        } else {
            for (Object entry : list(environment)) {
                String text = String.valueOf(entry);
                int equals = text.indexOf('=');
                result.put(equals < 0 ? text : text.substring(0, equals),
                        equals < 0 ? null : text.substring(equals + 1));
            }
        }
        return result;
    }

    private static String healthcheck(String service) {
        Object test = map(services.get(service).get("healthcheck"), service + ".healthcheck").get("test");
        if (test instanceof List<?> parts) {
            return parts.stream().skip(parts.isEmpty() || !String.valueOf(parts.get(0)).startsWith("CMD") ? 0 : 1)
                    .map(String::valueOf).collect(Collectors.joining(" "));
        }
        return test == null ? "" : String.valueOf(test);
    }

    private static List<Port> ports(Map<String, Object> service) {
        List<Port> ports = new ArrayList<>();
        for (Object entry : list(service.get("ports"))) {
            if (entry instanceof Map<?, ?> longSyntax) {
                Object published = longSyntax.get("published");
                ports.add(new Port((String) longSyntax.get("host_ip"),
                        published == null ? null : portNumber(published), portNumber(longSyntax.get("target"))));
            } else {
                String[] parts = String.valueOf(entry).replaceAll("/(tcp|udp)$", "").split(":");
                ports.add(switch (parts.length) {
                    case 1 -> new Port(null, null, portNumber(parts[0]));
                    case 2 -> new Port(null, portNumber(parts[0]), portNumber(parts[1]));
                    default -> new Port(String.join(":", Arrays.copyOf(parts, parts.length - 2)),
                            portNumber(parts[parts.length - 2]), portNumber(parts[parts.length - 1]));
                });
            }
        }
        return ports;
    }

    private static int portNumber(Object port) {
        String text = String.valueOf(port);
        assertThat(text).as("a single port, not a range").matches("\\d+");
        return Integer.parseInt(text);
    }

    private static List<Mount> mounts(Map<String, Object> service) {
        List<Mount> mounts = new ArrayList<>();
        for (Object entry : list(service.get("volumes"))) {
            if (entry instanceof Map<?, ?> longSyntax) {
                mounts.add(new Mount(String.valueOf(longSyntax.get("source")),
                        String.valueOf(longSyntax.get("target"))));
            } else {
                String[] parts = String.valueOf(entry).split(":");
                assertThat(parts.length).as("a volume without a source is anonymous and lost on recreate: %s", entry)
                        .isGreaterThanOrEqualTo(2);
                mounts.add(new Mount(parts[0], parts[1]));
            }
        }
        return mounts;
    }

    /** The services an application's environment points at. */
    private static Set<String> servicesNamedBy(App app) {
        Map<String, String> env = environment(app.service());
        Set<String> named = new TreeSet<>();
        for (String variable : List.of("SPRING_DATASOURCE_URL", "AXON_AXONSERVER_SERVERS",
                "FORECOURT_ELASTICSEARCH_URIS", "FORECOURT_PHOTOS_S3_ENDPOINT")) {
            for (String address : csv(env.get(variable))) {
                String hostAndPort = address.replaceFirst("^[a-z:]+//", "").replaceFirst("/.*$", "");
                named.add(hostAndPort.replaceFirst(":\\d+$", ""));
            }
        }
        assertThat(services.keySet()).as("%s's configuration names services that do not exist", app.service())
                .containsAll(named);
        return named;
    }

    /** The application's configuration: its own file, then each active profile's file over it. */
    private static Map<String, String> configuration(App app) throws IOException {
        Path base = app.resources().resolve(app.configName() + ".yml");
        assertThat(base).as("%s's configuration (spring.config.name=%s)", app.service(), app.configName())
                .isRegularFile();
        Map<String, String> config = new LinkedHashMap<>();
        flatten("", yaml(base), config);
        String profiles = environment(app.service()).get("SPRING_PROFILES_ACTIVE");
        if (profiles != null) {
            for (String profile : profiles.split(",")) {
                Path file = app.resources().resolve(app.configName() + "-" + profile.trim() + ".yml");
                if (Files.exists(file)) {
                    flatten("", yaml(file), config);
                }
            }
        }
        return config;
    }

    private static void flatten(String prefix, Map<String, Object> yaml, Map<String, String> into) {
        yaml.forEach((key, value) -> {
            String name = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?>) {
                flatten(name, map(value, name), into);
            } else if (value instanceof Collection<?> values) {
                into.put(name, values.stream().map(String::valueOf).collect(Collectors.joining(",")));
            } else {
                into.put(name, value == null ? "" : String.valueOf(value));
            }
        });
    }

    /** Every property Spring Boot and Axon document on this classpath, from their configuration metadata. */
    private static KnownProperties springAndAxonProperties() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Set<String> names = new HashSet<>();
        Set<String> mapPrefixes = new HashSet<>();
        Enumeration<URL> metadata = DockerComposeTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        while (metadata.hasMoreElements()) {
            try (InputStream in = metadata.nextElement().openStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    String name = canonical(property.path("name").asText());
                    names.add(name);
                    if (property.path("type").asText().startsWith("java.util.Map")) {
                        mapPrefixes.add(name);
                    }
                }
            }
        }
        assertThat(names).as("configuration metadata on the test classpath")
                .contains(canonical("spring.datasource.url"), canonical("axon.axonserver.servers"));
        return new KnownProperties(names, mapPrefixes);
    }

    /** The default a Spring Boot or Axon property documents in its configuration metadata. */
    private static String axonDefault(String property) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Enumeration<URL> metadata = DockerComposeTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json");
        while (metadata.hasMoreElements()) {
            try (InputStream in = metadata.nextElement().openStream()) {
                for (JsonNode candidate : json.readTree(in).path("properties")) {
                    if (canonical(candidate.path("name").asText()).equals(canonical(property))
                            && candidate.hasNonNull("defaultValue")) {
                        return candidate.path("defaultValue").asText();
                    }
                }
            }
        }
        throw new AssertionError("no documented default for " + property);
    }

    /** The properties of the application's own @ConfigurationProperties classes. */
    /** {@code forecourt.security.users.0.name} binds element 0 of the list {@code users}: check it as {@code users.name}. */
    private static String withoutListIndex(String property) {
        return property.replaceAll("\\.\\d+(?=\\.|$)", "");
    }

    private static Set<String> forecourtProperties(App app) {
        Set<String> properties = new HashSet<>();
        for (Class<?> type : app.forecourtProperties()) {
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            assertThat(annotation).as("%s is a @ConfigurationProperties class", type.getName()).isNotNull();
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            if (type.isRecord()) {
                addComponents(properties, prefix, type);
            } else {
                addFields(properties, prefix, type);
            }
        }
        return properties;
    }

    /** A record's components, and those of components that are records of this application, nested. */
    private static void addComponents(Set<String> properties, String prefix, Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + "." + component.getName();
            properties.add(canonical(name));
            if (component.getType().isRecord() && component.getType().getName().startsWith("com.forecourt.")) {
                addComponents(properties, name, component.getType());
            }
        }
    }

    /** A JavaBean-style properties class: its fields, and the fields of the elements of its list fields. */
    private static void addFields(Set<String> properties, String prefix, Class<?> type) {
        for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String name = prefix + "." + field.getName();
            properties.add(canonical(name));
            if (List.class.isAssignableFrom(field.getType())
                    && field.getGenericType() instanceof java.lang.reflect.ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element
                    && element.getName().startsWith("com.forecourt.")) {
                addFields(properties, name, element);
            }
        }
    }

    /** Spring's relaxed form: case and dashes do not matter. */
    private static String canonical(String property) {
        return property.toLowerCase(Locale.ROOT).replace("-", "");
    }

    private static Properties axonServerProperties() {
        Mount mount = mounts(services.get(AXON_SERVER)).stream()
                .filter(candidate -> candidate.isBind() && candidate.target().equals(AXON_SERVER_CONFIG))
                .findFirst().orElseThrow(() -> new AssertionError("axonserver mounts no " + AXON_SERVER_CONFIG));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(root.resolve(mount.source()))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + mount.source(), e);
        }
        return properties;
    }

    /** The Dockerfile's instructions, continuation lines joined, comments and blank lines dropped. */
    private static List<String> dockerfile(App app) throws IOException {
        Path file = app.dockerfile();
        assertThat(file).as("%s's Dockerfile", app.service()).isRegularFile();
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(file)) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            boolean continues = trimmed.endsWith("\\");
            current.append(continues ? trimmed.substring(0, trimmed.length() - 1) : trimmed).append(' ');
            if (!continues) {
                instructions.add(current.toString().trim().replaceAll("\\s+", " "));
                current.setLength(0);
            }
        }
        return instructions;
    }

    private static String pomProperty(String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document pom = factory.newDocumentBuilder().parse(root.resolve("pom.xml").toFile());
            Node properties = pom.getDocumentElement().getElementsByTagName("properties").item(0);
            for (Node child = properties.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (name.equals(child.getNodeName())) {
                    return child.getTextContent().trim();
                }
            }
        } catch (Exception e) {
            throw new AssertionError("cannot read the root pom", e);
        }
        throw new AssertionError("the root pom has no property " + name);
    }

    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("standalone"))) {
                return dir;
            }
        }
        throw new AssertionError("not inside the Forecourt repository: " + Path.of("").toAbsolutePath());
    }

    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return map(new Yaml().load(reader), file.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as("%s is a mapping", what).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value) {
        if (value == null) {
            return List.of();
        }
        assertThat(value).as("a list").isInstanceOf(List.class);
        return (List<?>) value;
    }
}
