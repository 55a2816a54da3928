package com.forecourt.readmodel.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * {@code forecourt.projections.consistency.*}: how long a query asked to see a position waits for its read model.
 *
 * @param timeout      [2s] after this the query is refused with STALE_READ (retryable)
 * @param pollInterval [20ms] how often the read model's tokens are read while waiting
 */
@ConfigurationProperties("forecourt.projections.consistency")
public record ConsistencyProperties(@DefaultValue("2s") Duration timeout,
                                    @DefaultValue("20ms") Duration pollInterval) {
}
