package com.forecourt.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code forecourt.axon.*}: Forecourt's tuning of Axon's event processors ({@link ProcessorTuningConfiguration}).
 *
 * @param tuning   {@code tuning.enabled} [true]: false leaves every processor as Axon ships it (the benchmark baseline)
 * @param segments [2] segments of a pooled processor when its tokens are first created (Axon: 16); the most nodes
 *                 that can share one projection. Existing tokens keep their count
 */
@ConfigurationProperties("forecourt.axon")
public record ProcessorTuningProperties(@DefaultValue Tuning tuning, @DefaultValue("2") int segments) {

    /** @param enabled [true] whether Forecourt's tunings apply */
    public record Tuning(@DefaultValue("true") boolean enabled) {
    }
}
