package com.forecourt.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Ratios between modes, and the result as JSON (for tools) and as a Markdown table (for docs/benchmarks.md). */
public final class Reports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /**
     * Forecourt/baseline for every variant measured in both modes, and Forecourt/raw where a raw variant is the
     * ceiling of it: gateway commands against single-row inserts at the same concurrency.
     */
    public static List<Ratio> ratios(List<Measurement> measurements) {
        Map<String, Measurement> forecourt = new LinkedHashMap<>();
        Map<String, Measurement> baseline = new LinkedHashMap<>();
        for (Measurement m : measurements) {
            if (m.mode() == Mode.FORECOURT) {
                forecourt.put(m.scenario() + "|" + m.variant(), m);
            } else if (m.mode() == Mode.BASELINE) {
                baseline.put(m.scenario() + "|" + m.variant(), m);
            }
        }
        List<Ratio> ratios = new ArrayList<>();
        for (Map.Entry<String, Measurement> entry : forecourt.entrySet()) {
            Measurement f = entry.getValue();
            Measurement b = baseline.get(entry.getKey());
            Optional<Measurement> raw = rawCeiling(f, measurements);
            ratios.add(new Ratio(f.scenario(), f.variant(), f.throughput(), b == null ? null : b.throughput(),
                    b == null || b.throughput() == 0 ? null : round(f.throughput() / b.throughput()),
                    b == null || b.p99Ms() == 0 ? null : round(f.p99Ms() / b.p99Ms()),
                    raw.map(r -> r.scenario() + ": " + r.variant()).orElse(null),
                    raw.filter(r -> r.throughput() > 0).map(r -> round(f.throughput() / r.throughput())).orElse(null)));
        }
        return ratios;
    }

    private static Optional<Measurement> rawCeiling(Measurement m, List<Measurement> measurements) {
        if (!m.unit().equals("commands/s")) {
            return Optional.empty();
        }
        String writers = "1 row per transaction, " + m.clients() + (m.clients() == 1 ? " writer" : " writers");
        return measurements.stream().filter(r -> r.mode() == Mode.RAW && r.variant().equals(writers)).findFirst();
    }

    public static void writeJson(BenchResult result, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        JSON.writeValue(file.toFile(), result);
    }

    public static BenchResult readJson(Path file) throws IOException {
        return JSON.readValue(file.toFile(), BenchResult.class);
    }

    public static String markdown(BenchResult result) {
        StringBuilder md = new StringBuilder();
        Machine machine = result.machine();
        md.append("Run of ").append(result.startedAt()).append(result.smoke() ? " (SMOKE: tiny counts, figures meaningless)" : "")
                .append(", ").append(String.format(Locale.ROOT, "%.0f", result.durationSeconds())).append(" s. Machine: ")
                .append(machine.cores()).append(" cores, ")
                .append(String.format(Locale.ROOT, "%.1f", machine.memoryBytes() / 1024.0 / 1024 / 1024)).append(" GiB, JDK ")
                .append(machine.jdk()).append(", ").append(machine.os()).append(".\n\nParameters: `")
                .append(result.parameters()).append("`\n\n");
        md.append("| scenario | variant | mode | clients | ops | errors | throughput | p50 ms | p99 ms | max ms | note |\n");
        md.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Measurement m : result.measurements()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %d | %d | %d | %,.1f %s | %.2f | %.2f | %.2f | %s |%n",
                    m.scenario(), m.variant(), m.mode(), m.clients(), m.operations(), m.errors(), m.throughput(),
                    m.unit(), m.p50Ms(), m.p99Ms(), m.maxMs(), m.note().replace("|", "/").replaceAll("\\s+", " ")));
        }
        md.append("\n| scenario | variant | Forecourt | baseline | Forecourt/baseline | p99 Forecourt/baseline | raw ceiling | Forecourt/raw |\n");
        md.append("|---|---|---:|---:|---:|---:|---|---:|\n");
        for (Ratio r : result.ratios()) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", r.scenario(), r.variant(),
                    number(r.forecourt()), number(r.baseline()), ratio(r.forecourtVsBaseline()), ratio(r.p99VsBaseline()),
                    r.raw() == null ? "" : r.raw(), ratio(r.forecourtVsRaw())));
        }
        return md.toString();
    }

    private static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%,.1f", value);
    }

    private static String ratio(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, value < 0.1 ? "%.3f×" : "%.2f×", value);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
