package com.forecourt.customer.command;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Claims addresses in the {@code customer_email} table.
 *
 * <p>JdbcTemplate takes the connection bound to the transaction Axon's command bus opened through Spring, the same
 * one the JDBC event store appends with, so the row and the {@code CustomerRegistered} event are one atomic write.
 * {@code ON CONFLICT DO NOTHING} keeps that transaction usable on a duplicate (a failed INSERT would abort it in
 * PostgreSQL), and a concurrent claim of the same address waits on the primary key until the first transaction
 * ends: if that one commits, this one inserts nothing; if it rolls back, this one wins.
 */
@Component
class JdbcCustomerEmails implements CustomerEmails {

    private final JdbcTemplate jdbc;

    JdbcCustomerEmails(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String emailLower, UUID customerId) {
        return jdbc.update("INSERT INTO customer_email (email_lower, customer_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                emailLower, customerId) == 1;
    }
}
