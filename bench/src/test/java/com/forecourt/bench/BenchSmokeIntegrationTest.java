package com.forecourt.bench;

import com.forecourt.bench.report.BenchResult;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.report.Mode;
import com.forecourt.bench.report.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark in smoke mode (tiny counts), so the harness never rots: every scenario must produce a well-formed
 * result in every mode. It asserts on structure and counts only, never on speed: figures from a build machine under
 * test load mean nothing.
 */
class BenchSmokeIntegrationTest {

    @TempDir
    Path out;

    @Test
    void everyScenarioProducesAWellFormedResultInEveryMode() throws Exception {
        Bench.Outcome outcome = Bench.run(BenchOptions.smoke(out));
        // the table in the build log, for whoever wonders what the harness measured
        System.out.println(Files.readString(outcome.markdown()));

        BenchResult written = Reports.readJson(outcome.json());
        assertThat(written.smoke()).isTrue();
        assertThat(written.machine().cores()).isPositive();
        assertThat(written.machine().jdk()).isNotBlank();
        assertThat(written.scenarios()).containsExactlyInAnyOrderElementsOf(BenchOptions.ALL_SCENARIOS);
        List<Measurement> measurements = written.measurements();
        assertThat(measurements).hasSameSizeAs(outcome.result().measurements());

        for (String scenario : BenchOptions.ALL_SCENARIOS) {
            Set<Mode> modes = measurements.stream().filter(m -> m.scenario().equals(scenario))
                    .map(Measurement::mode).collect(Collectors.toSet());
            assertThat(modes).as(scenario).isEqualTo(scenario.equals("raw")
                    ? Set.of(Mode.RAW) : Set.of(Mode.FORECOURT, Mode.BASELINE));
        }
        assertThat(measurements).allSatisfy(m -> {
            assertThat(m.errors()).as(m.scenario() + " / " + m.variant() + " / " + m.mode() + ": " + m.note()).isZero();
            assertThat(m.operations()).as(m.variant()).isPositive();
            assertThat(m.items()).as(m.variant()).isGreaterThanOrEqualTo(m.operations());
            assertThat(m.seconds()).as(m.variant()).isPositive();
            assertThat(m.throughput()).as(m.variant()).isPositive();
            assertThat(m.p50Ms()).as(m.variant()).isPositive().isLessThanOrEqualTo(m.p99Ms());
            assertThat(m.p99Ms()).as(m.variant()).isLessThanOrEqualTo(m.maxMs());
        });
        // each FORECOURT variant has its baseline twin, so every ratio can be computed
        assertThat(written.ratios()).isNotEmpty().allSatisfy(r ->
                assertThat(r.forecourtVsBaseline()).as(r.scenario() + " / " + r.variant()).isNotNull());
        assertThat(written.ratios()).anySatisfy(r -> assertThat(r.forecourtVsRaw()).isNotNull());

        String markdown = Files.readString(outcome.markdown());
        assertThat(markdown).contains("| scenario | variant | mode |", "Forecourt/baseline");
        assertThat(markdown.lines().filter(line -> line.matches("\\| .* \\| (RAW|FORECOURT|BASELINE) \\| .*")))
                .hasSize(measurements.size());
    }
}
