package com.forecourt.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Everything a run produced, as written to the JSON file.
 *
 * @param startedAt    ISO-8601 instant
 * @param durationSeconds the whole run, store start-up included
 * @param parameters   the options the run was started with
 * @param scenarios    the scenarios that ran, in order
 */
public record BenchResult(String startedAt, double durationSeconds, boolean smoke, Map<String, Object> parameters,
                          Machine machine, List<String> scenarios, List<Measurement> measurements, List<Ratio> ratios) {
}
