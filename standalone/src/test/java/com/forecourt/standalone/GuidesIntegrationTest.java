package com.forecourt.standalone;

import com.forecourt.readmodel.elasticsearch.ElasticsearchProperties;
import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.web.reactive.socket.client.StandardWebSocketClient;
import tools.jackson.databind.json.JsonMapper;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The guides work when followed literally: the README's "Try it" block runs as written (bash and curl, with only the
 * port changed to this test's), and then every GraphQL example of docs/graphql.md, in the order it appears, against
 * the running system over real HTTP (subscriptions over the WebSocket), as the user staff.
 *
 * <p>In docs/graphql.md a {@code json} block straight after a {@code graphql} block holds its variables, and an HTML
 * comment before a block says what the reader is told to wait for: {@code <!-- guide: poll until TEXT -->} (ask again
 * until the answer contains TEXT, as read models follow a moment later) or {@code <!-- guide: expect error CODE -->}
 * (the alternative the walk-through did not take, refused with CODE). Every other block must answer without errors.
 * A {@code bash} block of the guide runs only under {@code <!-- guide: run in a folder with FILE -->}: bash runs it in
 * a fresh folder holding FILE (a JPEG photo this test makes, for the upload example), with the port changed, and it
 * must exit 0 and print no {@code "errors"}.
 * The bash blocks of the {@code telemetry} section of docs/analysts.md run in a test of their own, with
 * {@code <!-- guide: poll until TEXT -->} and {@code <!-- guide: expect TEXT -->} for their output.
 */
class GuidesIntegrationTest extends IntegrationTestSupport {

    private static final Path README = Path.of("..", "README.md");
    private static final Path GRAPHQL_GUIDE = Path.of("..", "docs", "graphql.md");
    private static final Pattern DIRECTIVE =
            Pattern.compile("<!-- guide: (poll until|expect error|run in a folder with) (.+?) -->");
    private static final String RUN_IN_A_FOLDER = "run in a folder with";
    private static final Path ANALYSTS_GUIDE = Path.of("..", "docs", "analysts.md");
    /** In docs/analysts.md: ask again until the output contains TEXT, or expect it at once. */
    private static final Pattern BASH_DIRECTIVE = Pattern.compile("<!-- guide: (poll until|expect) (.+?) -->");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ElasticsearchProperties elasticsearch;

    @Test
    void canFollowTheReadmeAndThenTheGraphqlWalkThroughInOrder() throws Exception {
        String readme = Files.readString(README);
        List<Example> walkThrough = examples(Files.readString(GRAPHQL_GUIDE));

        String tryIt = runBash(fence(readme.substring(readme.indexOf("Try it")), "bash")
                .replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port));
        assertThat(tryIt).contains("{\"data\":{\"listVehicle\":\"WVWZZZAWZLU000001\"}")
                .contains("\"vin\":\"WVWZZZAWZLU000001\"").doesNotContain("\"errors\"");

        assertThat(walkThrough).hasSizeGreaterThan(15);
        for (Example example : walkThrough) {
            if (RUN_IN_A_FOLDER.equals(example.expectation())) {
                runInAFolderWithAPhoto(example);
            } else if (example.document().strip().startsWith("subscription")) {
                subscribe(example);
            } else {
                run(example);
            }
        }
    }

    /**
     * The telemetry section of docs/analysts.md as written, in order: the storefront's request, then the analysts'
     * queries against Elasticsearch (the embedded node's address in place of the default one), each asked again until
     * it shows what the example sent.
     */
    @Test
    void canRunTheTelemetryExamplesOfTheAnalystsGuideInOrder() throws Exception {
        String guide = Files.readString(ANALYSTS_GUIDE);
        String section = guide.substring(guide.indexOf("## `telemetry`"));
        int next = section.indexOf("\n## ");
        section = next < 0 ? section : section.substring(0, next);
        String node = elasticsearch.uris().get(0).replaceAll("/+$", "");

        List<Script> scripts = bashBlocks(section);
        assertThat(scripts).hasSize(4);
        for (Script block : scripts) {
            String script = block.text().replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port)
                    .replace("http://127.0.0.1:19200", node);
            if ("poll until".equals(block.expectation())) {
                await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                        assertThat(runBash(script)).as(script).contains(block.expected()).doesNotContain("\"error\""));
            } else {
                assertThat(runBash(script)).as(script).contains(block.expected() == null ? "" : block.expected());
            }
        }
    }

    /** A bash block of a guide and what the guide says to wait for or expect of its output (null: nothing). */
    record Script(String text, String expectation, String expected) {
    }

    /** Each bash block of the markdown with the directive before it. */
    private static List<Script> bashBlocks(String markdown) {
        List<Script> blocks = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String kind = null;
        String expected = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = BASH_DIRECTIVE.matcher(lines[i].strip());
            if (directive.matches()) {
                kind = directive.group(1);
                expected = directive.group(2);
            } else if (lines[i].equals("```bash")) {
                StringBuilder script = new StringBuilder();
                for (i++; !lines[i].equals("```"); i++) {
                    script.append(lines[i]).append('\n');
                }
                blocks.add(new Script(script.toString(), kind, expected));
                kind = null;
                expected = null;
            }
        }
        return blocks;
    }

    private void run(Example example) throws IOException, InterruptedException {
        if ("poll until".equals(example.expectation())) {
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(post(example)).as(example.document()).contains(example.expected())
                            .doesNotContain("\"errors\""));
        } else if ("expect error".equals(example.expectation())) {
            assertThat(post(example)).as(example.document())
                    .contains("\"code\":\"" + example.expected() + "\"");
        } else {
            assertThat(post(example)).as(example.document()).contains("\"data\"").doesNotContain("\"errors\"");
        }
    }

    private void runInAFolderWithAPhoto(Example example) throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("guide-");
        BufferedImage photo = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 1600, 1200);
        g.dispose();
        ImageIO.write(photo, "jpeg", folder.resolve(example.expected()).toFile());
        String output = runBash(example.document().replace("http://127.0.0.1:8080", "http://127.0.0.1:" + port),
                folder);
        assertThat(output).as(example.document()).contains("\"id\":\"").doesNotContain("\"errors\"");
    }

    private void subscribe(Example example) {
        WebSocketGraphQlClient client = WebSocketGraphQlClient.builder("ws://127.0.0.1:" + port + "/graphql",
                new StandardWebSocketClient()).headers(headers -> headers.setBasicAuth("staff", "staff")).build();
        try {
            List<ClientGraphQlResponse> messages = client.document(example.document())
                    .variables(example.variables()).executeSubscription().collectList().block(PATIENCE);
            assertThat(messages).as(example.document()).isNotEmpty()
                    .allSatisfy(message -> assertThat(message.getErrors()).isEmpty());
        } finally {
            client.stop().block(PATIENCE);
        }
    }

    private String post(Example example) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", example.document());
        body.put("variables", example.variables());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("staff:staff".getBytes(StandardCharsets.UTF_8)))
                .timeout(PATIENCE)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A GraphQL block of the guide, its variables, and what the guide says to wait for or expect. */
    record Example(String document, Map<String, Object> variables, String expectation, String expected) {
    }

    @SuppressWarnings("unchecked")
    static List<Example> examples(String markdown) {
        List<Example> examples = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        String expectation = null;
        String expected = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher directive = DIRECTIVE.matcher(lines[i].strip());
            if (directive.matches()) {
                expectation = directive.group(1);
                expected = directive.group(2);
                continue;
            }
            if (lines[i].equals("```bash") && RUN_IN_A_FOLDER.equals(expectation)) {
                StringBuilder script = new StringBuilder();
                for (i++; !lines[i].equals("```"); i++) {
                    script.append(lines[i]).append('\n');
                }
                examples.add(new Example(script.toString(), Map.of(), expectation, expected));
                expectation = null;
                expected = null;
                continue;
            }
            if (!lines[i].equals("```graphql")) {
                continue;
            }
            StringBuilder document = new StringBuilder();
            for (i++; !lines[i].equals("```"); i++) {
                document.append(lines[i]).append('\n');
            }
            Map<String, Object> variables = Map.of();
            int next = i + 1;
            while (next < lines.length && lines[next].isBlank()) {
                next++;
            }
            if (next < lines.length && lines[next].equals("```json")) {
                StringBuilder json = new StringBuilder();
                for (i = next + 1; !lines[i].equals("```"); i++) {
                    json.append(lines[i]).append('\n');
                }
                variables = JSON.readValue(json.toString(), Map.class);
            }
            examples.add(new Example(document.toString(), variables, expectation, expected));
            expectation = null;
            expected = null;
        }
        return examples;
    }

    /** The first fenced block of the given language in the text. */
    private static String fence(String markdown, String language) {
        int start = markdown.indexOf("```" + language + "\n") + language.length() + 4;
        return markdown.substring(start, markdown.indexOf("\n```", start) + 1);
    }

    private static String runBash(String script) throws IOException, InterruptedException {
        return runBash(script, null);
    }

    /** Runs the script with bash -e in the folder (the working directory when null); returns what it printed. */
    private static String runBash(String script, Path folder) throws IOException, InterruptedException {
        Path log = Files.createTempFile("guide-", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", "-c", script).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (folder != null) {
            builder.directory(folder.toFile());
        }
        Process bash = builder.start();
        boolean finished = bash.waitFor(PATIENCE.toSeconds() * 2, TimeUnit.SECONDS);
        if (!finished) {
            bash.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(finished).as("the README block finished; it printed: %s", output).isTrue();
        assertThat(bash.exitValue()).as("exit code of the README block; it printed: %s", output).isZero();
        return output;
    }
}
