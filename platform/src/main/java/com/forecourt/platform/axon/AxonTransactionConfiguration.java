package com.forecourt.platform.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs Axon's units of work in Spring transactions: a command's events and the rows its handler writes, a saga's
 * state with its token and deadlines, and a projection's rows with its token each commit or roll back together.
 *
 * <p>Axon 4.13's own {@code TransactionAutoConfiguration} orders itself after Spring Boot 3's transaction
 * auto-configurations by class name. Boot 4 moved them, so Axon looks for a {@link PlatformTransactionManager}
 * before one exists and silently falls back to {@code NoTransactionManager}, where every statement auto-commits.
 * This configuration runs after Boot 4's transaction managers and before Axon, so Axon backs off.
 */
@AutoConfiguration(
        afterName = {
                "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
                "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
                "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"},
        before = AxonAutoConfiguration.class,
        beforeName = "org.axonframework.springboot.autoconfig.TransactionAutoConfiguration")
public class AxonTransactionConfiguration {

    @Bean
    @ConditionalOnBean(PlatformTransactionManager.class)
    @ConditionalOnMissingBean(TransactionManager.class)
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }
}
