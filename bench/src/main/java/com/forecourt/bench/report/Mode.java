package com.forecourt.bench.report;

/** What a measurement ran against. */
public enum Mode {
    /** Forecourt as configured ({@code forecourt.axon.tuning.enabled=true}). */
    FORECOURT,
    /** The same code with Axon's defaults ({@code forecourt.axon.tuning.enabled=false}). */
    BASELINE,
    /** The stores alone, written directly: the ceiling. */
    RAW
}
