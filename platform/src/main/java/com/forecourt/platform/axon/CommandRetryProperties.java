package com.forecourt.platform.axon;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code forecourt.commands.*}: how a command that lost an optimistic-locking race is retried (business refusals are
 * never retried).
 *
 * @param maxRetries      [8] retries of such a command
 * @param retryIntervalMs [20] milliseconds between them
 */
@ConfigurationProperties("forecourt.commands")
public record CommandRetryProperties(@DefaultValue("8") int maxRetries, @DefaultValue("20") int retryIntervalMs) {
}
