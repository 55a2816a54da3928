package com.forecourt.bench;

import com.forecourt.bench.report.BenchResult;
import com.forecourt.bench.report.Machine;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.report.Mode;
import com.forecourt.bench.report.Reports;
import com.forecourt.bench.scenario.CheckoutScenario;
import com.forecourt.bench.scenario.CommandScenario;
import com.forecourt.bench.scenario.GrowthScenario;
import com.forecourt.bench.scenario.QueryScenario;
import com.forecourt.bench.scenario.RawScenario;
import com.forecourt.bench.scenario.RebuildScenario;
import com.forecourt.bench.scenario.Scenario;
import com.forecourt.bench.scenario.VisibilityScenario;
import com.forecourt.bench.system.Stores;
import com.forecourt.bench.system.SystemUnderTest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark (docs/benchmarks.md): starts PostgreSQL and Elasticsearch once, measures the raw stores, then runs
 * every scenario against Forecourt and against the same system on Axon's defaults, each on a fresh database and an
 * empty search node, and writes {@code <out>/<timestamp>.json} and {@code .md}.
 */
public final class Bench {

    private static final Logger log = LoggerFactory.getLogger(Bench.class);

    /** The result and where it was written. */
    public record Outcome(BenchResult result, Path json, Path markdown) {
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Outcome outcome = run(options);
        System.out.println(Reports.markdown(outcome.result()));
        System.out.println("Written " + outcome.json() + " and " + outcome.markdown());
        // Axon and Spring leave non-daemon threads behind in some shutdown paths; the run is over
        System.exit(0);
    }

    public static Outcome run(BenchOptions options) throws Exception {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        Path dataDir = options.dataDir() != null ? options.dataDir() : freshDataDirectory();
        String name = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt);
        Results results = new Results(options, startedAt, start, options.out().resolve(name + ".partial.json"),
                options.out().resolve(name + ".partial.md"));
        try (Stores stores = Stores.start(dataDir, "512m")) {
            log.info("Stores up after {} s", (System.nanoTime() - start) / 1_000_000_000);
            if (options.runs(RawScenario.NAME)) {
                results.ran(RawScenario.NAME);
                results.add(new RawScenario().run(stores, options));
            }
            for (String modeName : options.modes()) {
                Mode mode = Mode.valueOf(modeName);
                try (SystemUnderTest system = SystemUnderTest.start(mode, stores, "bench_" + mode.name().toLowerCase())) {
                    log.info("{} started", mode);
                    runMode(system, options, results);
                }
            }
        } finally {
            if (options.dataDir() == null) {
                delete(dataDir);
            }
        }
        BenchResult result = results.result();
        Path json = options.out().resolve(name + ".json");
        Path markdown = options.out().resolve(name + ".md");
        Reports.writeJson(result, json);
        Files.writeString(markdown, Reports.markdown(result));
        results.dropPartial();
        return new Outcome(result, json, markdown);
    }

    /**
     * What a run has measured so far. Every batch of measurements is logged and written to {@code .partial.json} and
     * {@code .partial.md} at once, so a run that is cut short (a long baseline catch-up, a killed JVM) keeps what it
     * measured; the complete run replaces them with the final files.
     */
    private static final class Results {
        private final BenchOptions options;
        private final Instant startedAt;
        private final long start;
        private final Path partialJson;
        private final Path partialMarkdown;
        private final List<Measurement> measurements = new ArrayList<>();
        private final List<String> ran = new ArrayList<>();

        Results(BenchOptions options, Instant startedAt, long start, Path partialJson, Path partialMarkdown) {
            this.options = options;
            this.startedAt = startedAt;
            this.start = start;
            this.partialJson = partialJson;
            this.partialMarkdown = partialMarkdown;
        }

        void ran(String scenario) {
            ran.add(scenario);
        }

        void add(List<Measurement> batch) throws IOException {
            measurements.addAll(logged(batch));
            BenchResult sofar = result();
            Reports.writeJson(sofar, partialJson);
            Files.writeString(partialMarkdown, Reports.markdown(sofar));
        }

        BenchResult result() {
            return new BenchResult(startedAt.toString(), (System.nanoTime() - start) / 1e9, options.smoke(),
                    options.asMap(), Machine.current(), ran.stream().distinct().toList(), List.copyOf(measurements),
                    Reports.ratios(measurements));
        }

        void dropPartial() throws IOException {
            Files.deleteIfExists(partialJson);
            Files.deleteIfExists(partialMarkdown);
        }
    }

    /** One mode's scenarios, in an order that lets each build on the data the previous ones left. */
    private static void runMode(SystemUnderTest system, BenchOptions options, Results results) throws Exception {
        GrowthScenario growth = new GrowthScenario();
        if (options.runs(GrowthScenario.NAME)) {
            results.add(List.of(growth.empty(system, options)));
        }
        for (Scenario scenario : List.of(new CommandScenario(), new CheckoutScenario(), new VisibilityScenario())) {
            if (options.runs(scenario.name())) {
                results.ran(scenario.name());
                results.add(scenario.run(system, options));
            }
        }
        if (options.runs(QueryScenario.NAME) || options.runs(RebuildScenario.NAME)) {
            // the data set the queries and rebuilds run on
            results.add(RebuildScenario.catchUp(system, options, options.events(), RebuildScenario.NAME));
        }
        for (Scenario scenario : List.of(new QueryScenario(), new RebuildScenario())) {
            if (options.runs(scenario.name())) {
                results.ran(scenario.name());
                results.add(scenario.run(system, options));
            }
        }
        if (options.runs(GrowthScenario.NAME)) {
            results.ran(GrowthScenario.NAME);
            results.add(growth.grown(system, options));
        }
    }

    private static List<Measurement> logged(List<Measurement> measurements) {
        for (Measurement m : measurements) {
            log.info("{} | {} | {} | {} ops, {} errors | {} {} | p50 {} ms p99 {} ms max {} ms | {}", m.scenario(),
                    m.variant(), m.mode(), m.operations(), m.errors(), m.throughput(), m.unit(), m.p50Ms(), m.p99Ms(),
                    m.maxMs(), m.note());
        }
        return measurements;
    }

    /**
     * A temporary directory the servers' unprivileged user can traverse (when this JVM runs as root the servers run as
     * uid 65534), so the stores stay inside it and are deleted with it rather than relocated to /var/tmp.
     */
    private static Path freshDataDirectory() throws IOException {
        Path directory = Files.createTempDirectory("forecourt-bench");
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxr-xr-x"));
        return directory;
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", directory, e.toString());
        }
    }
}
