package com.forecourt.queryside.security.provider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes authorizations whose code and tokens have all expired, once an hour, so that {@code oauth2_authorization}
 * holds about as many rows as there are live sign-ins. The statement is idempotent, so every node may run it.
 */
final class AuthorizationCleanup implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationCleanup.class);
    private static final String DELETE_EXPIRED = "delete from oauth2_authorization where greatest("
            + "authorization_code_expires_at, access_token_expires_at, oidc_id_token_expires_at,"
            + " refresh_token_expires_at) < now() - interval '1 hour'";

    private final JdbcTemplate jdbc;
    private ScheduledExecutorService executor;

    AuthorizationCleanup(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes what has expired; returns how many authorizations went. */
    int deleteExpired() {
        return jdbc.update(DELETE_EXPIRED);
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "authorization-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                deleteExpired();
            } catch (RuntimeException e) {
                log.warn("Could not delete expired authorizations; trying again in an hour: {}", e.getClass().getName());
            }
        }, 1, 60, TimeUnit.MINUTES);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
