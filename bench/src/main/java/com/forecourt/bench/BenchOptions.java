package com.forecourt.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * The parameters of a run. {@link #full()} are the documented defaults (docs/benchmarks.md); {@link #smoke} shrinks
 * every count so the whole harness runs in about two minutes inside the build.
 *
 * @param out          where the JSON and Markdown results go
 * @param dataDir      where PostgreSQL and Elasticsearch keep their data; null for a fresh temporary directory
 * @param clients      the concurrent clients of the "many clients" variants (commands, checkout, growth, raw writers)
 * @param queryClients concurrent clients of the query scenario
 * @param commands     timed commands per command variant
 * @param orders       orders per checkout variant
 * @param samples      visibility samples
 * @param rate         background commands per second during the visibility samples
 * @param queries      requests per query variant
 * @param rawRows      timed operations (rows, batches) per raw PostgreSQL variant
 * @param rawDocuments documents bulk-indexed in the raw Elasticsearch variant
 * @param events       size of the store the queries and rebuilds run on (the bulk generator tops it up)
 * @param growthEvents size of the grown store of the growth scenario
 * @param warmupPercent untimed operations before each timed variant, as a percentage of the timed ones
 * @param catchUpMinutes how long to wait for projections to catch up with generated events
 * @param modes        FORECOURT and/or BASELINE
 * @param scenarios    the scenarios to run, by name
 */
public record BenchOptions(boolean smoke, Path out, Path dataDir, int clients, int queryClients, int commands,
                           int orders, int samples, int rate, int queries, int rawRows, int rawDocuments,
                           long events, long growthEvents, int warmupPercent, int catchUpMinutes,
                           List<String> modes, List<String> scenarios) {

    public static final List<String> ALL_SCENARIOS =
            List.of("raw", "commands", "checkout", "visibility", "queries", "rebuild", "growth");

    public static BenchOptions full() {
        return new BenchOptions(false, Path.of("bench", "results"), null, 32, 50, 5_000, 1_000, 200, 300, 10_000,
                5_000, 100_000, 1_000_000, 2_000_000, 10, 60, List.of("FORECOURT", "BASELINE"), ALL_SCENARIOS);
    }

    public static BenchOptions smoke(Path out) {
        return new BenchOptions(true, out, null, 4, 4, 20, 6, 4, 20, 20,
                40, 500, 2_000, 3_000, 0, 3, List.of("FORECOURT", "BASELINE"), ALL_SCENARIOS);
    }

    /** {@code --smoke} first picks the smoke defaults; every other {@code --name value} overrides one of them. */
    public static BenchOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        boolean smoke = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--smoke")) {
                smoke = true;
            } else if (args[i].startsWith("--") && OPTIONS.contains(args[i].substring(2)) && i + 1 < args.length) {
                given.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown or incomplete option " + args[i] + "\n" + usage());
            }
        }
        BenchOptions d = smoke ? smoke(Path.of("bench", "target", "bench-smoke")) : full();
        Values v = new Values(given);
        return new BenchOptions(smoke, v.path("out", d.out), v.path("data-dir", d.dataDir),
                v.integer("clients", d.clients), v.integer("query-clients", d.queryClients),
                v.integer("commands", d.commands), v.integer("orders", d.orders), v.integer("samples", d.samples),
                v.integer("rate", d.rate), v.integer("queries", d.queries), v.integer("raw-rows", d.rawRows),
                v.integer("raw-documents", d.rawDocuments), v.number("events", d.events),
                v.number("growth-events", d.growthEvents), v.integer("warmup-percent", d.warmupPercent),
                v.integer("catch-up-minutes", d.catchUpMinutes),
                v.list("modes", d.modes).stream().map(m -> m.toUpperCase(Locale.ROOT)).toList(),
                v.list("scenarios", d.scenarios).stream().map(m -> m.toLowerCase(Locale.ROOT)).toList());
    }

    private static final List<String> OPTIONS = List.of("out", "data-dir", "clients", "query-clients", "commands",
            "orders", "samples", "rate", "queries", "raw-rows", "raw-documents", "events", "growth-events",
            "warmup-percent", "catch-up-minutes", "modes", "scenarios");

    private record Values(Map<String, String> given) {
        Path path(String name, Path otherwise) {
            return given.containsKey(name) ? Path.of(given.get(name)) : otherwise;
        }

        int integer(String name, int otherwise) {
            return given.containsKey(name) ? Integer.parseInt(given.get(name).replace("_", "")) : otherwise;
        }

        long number(String name, long otherwise) {
            return given.containsKey(name) ? Long.parseLong(given.get(name).replace("_", "")) : otherwise;
        }

        List<String> list(String name, List<String> otherwise) {
            return given.containsKey(name) ? List.of(given.get(name).split(",")) : otherwise;
        }
    }

    public boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    public int warmup(int operations) {
        return operations * warmupPercent / 100;
    }

    /** The options as recorded in the result file. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("smoke", smoke);
        map.put("clients", clients);
        map.put("queryClients", queryClients);
        map.put("commands", commands);
        map.put("orders", orders);
        map.put("samples", samples);
        map.put("rate", rate);
        map.put("queries", queries);
        map.put("rawRows", rawRows);
        map.put("rawDocuments", rawDocuments);
        map.put("events", events);
        map.put("growthEvents", growthEvents);
        map.put("warmupPercent", warmupPercent);
        map.put("catchUpMinutes", catchUpMinutes);
        map.put("modes", modes);
        map.put("scenarios", scenarios);
        return map;
    }

    static String usage() {
        return """
                usage: java -jar bench/target/forecourt-bench.jar [--smoke] [--out DIR] [--data-dir DIR]
                         [--clients N] [--query-clients N] [--commands N] [--orders N] [--samples N] [--rate N]
                         [--queries N] [--raw-rows N] [--raw-documents N] [--events N] [--growth-events N]
                         [--warmup-percent N] [--catch-up-minutes N] [--modes forecourt,baseline]
                         [--scenarios raw,commands,checkout,visibility,queries,rebuild,growth]
                (docs/benchmarks.md explains each)""";
    }
}
