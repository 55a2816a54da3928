package com.forecourt.readmodel.processing;

import com.forecourt.platform.axon.ProcessorTuningConfiguration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Event processors commit asynchronously by default on the query side ({@link LocalSettingTransactions#asynchronousCommit}); a processor
 * whose work must be durable, such as the checkout saga when both sides share a JVM, registers its own transaction
 * manager. Part of Forecourt's tuning ({@code forecourt.axon.tuning.enabled}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = ProcessorTuningConfiguration.TUNING_ENABLED, havingValue = "true", matchIfMissing = true)
class ProjectionTransactionsConfiguration {

    @Bean
    ConfigurerModule asynchronousProjectionCommits(JdbcTemplate jdbc) {
        return configurer -> configurer.eventProcessing(processing -> processing.registerDefaultTransactionManager(
                configuration -> LocalSettingTransactions.asynchronousCommit(
                        configuration.getComponent(TransactionManager.class), jdbc)));
    }
}
