package com.forecourt.bench.scenario;

import com.forecourt.bench.BenchOptions;
import com.forecourt.bench.report.Measurement;
import com.forecourt.bench.system.SystemUnderTest;

import java.util.List;

/** A scenario of docs/benchmarks.md, run once per mode against that mode's system. */
public interface Scenario {

    String name();

    List<Measurement> run(SystemUnderTest system, BenchOptions options) throws Exception;
}
