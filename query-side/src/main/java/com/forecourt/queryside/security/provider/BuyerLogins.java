package com.forecourt.queryside.security.provider;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.queryside.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.core.userdetails.jdbc.JdbcDaoImpl;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Buyers' logins in PostgreSQL: Spring Security's JDBC user store ({@code users}, {@code authorities}), with each
 * login's customer id and the sign-up in flight in {@code customer_login}. The user name is the e-mail address,
 * lower-cased; the password is a hash from the delegating encoder. Nothing here ever sees a plain password.
 *
 * <p>A sign-up writes the login first, disabled, then registers the customer, then enables the login
 * ({@link #begin}, {@link #complete}); if the registration is refused, the login is removed ({@link #abandon}), and if
 * its outcome is unknown (a timeout, the command side unreachable) the login stays disabled and the next sign-up with
 * the same address takes it over with the same customer id ({@link #release}), so that a registration that did
 * happen is found again rather than left without a login. A disabled login cannot sign in: it looks unknown.
 */
public final class BuyerLogins {

    /**
     * How long a sign-up in flight keeps its login from being taken over: longer than any command takes, so only a
     * node that died mid-sign-up leaves one this old.
     */
    static final Duration IN_FLIGHT = Duration.ofMinutes(5);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public BuyerLogins(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A login being created by one sign-up. */
    public record Pending(String username, UUID customerId, UUID attempt, boolean resumed) {
    }

    /** The user name of an e-mail address as typed: stripped and lower-cased, as sign-up stores it. */
    static String username(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes a disabled login for this e-mail address with a new customer id, or takes over a disabled one whose
     * sign-up ended without an answer (same customer id, the new password).
     *
     * @param email        the e-mail address in its stored spelling (already checked)
     * @param passwordHash the encoded password, with its encoder prefix
     * @throws CommandRejectedException EMAIL_ALREADY_REGISTERED when a login exists; CONCURRENT_MODIFICATION while
     *                                  another sign-up with this address is in flight
     */
    public Pending begin(String email, String passwordHash) {
        String username = username(email);
        UUID attempt = UUID.randomUUID();
        return transactions.execute(status -> {
            int inserted = jdbc.update("insert into users (username, password, enabled) values (?, ?, false)"
                    + " on conflict do nothing", username, passwordHash);
            if (inserted == 1) {
                UUID customerId = UUID.randomUUID();
                jdbc.update("insert into authorities (username, authority) values (?, ?)", username,
                        Role.CUSTOMER.authority());
                jdbc.update("insert into customer_login (username, customer_id, sign_up_attempt, sign_up_started_at)"
                        + " values (?, ?, ?, now())", username, customerId, attempt);
                return new Pending(username, customerId, attempt, false);
            }
            List<Existing> existing = jdbc.query("select u.enabled, l.customer_id, l.sign_up_attempt,"
                    + " l.sign_up_started_at from users u join customer_login l on l.username = u.username"
                    + " where u.username = ? for update of u, l", (row, i) -> new Existing(row.getBoolean(1),
                    row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                    row.getTimestamp(4).toInstant()), username);
            if (existing.isEmpty() || existing.get(0).enabled()) {
                throw new CommandRejectedException(ErrorCode.EMAIL_ALREADY_REGISTERED,
                        "Another customer already registered this e-mail address");
            }
            Existing login = existing.get(0);
            if (login.attempt() != null && login.startedAt().isAfter(Instant.now().minus(IN_FLIGHT))) {
                throw new CommandRejectedException(ErrorCode.CONCURRENT_MODIFICATION,
                        "A sign-up with this e-mail address is in progress; try again in a moment");
            }
            jdbc.update("update users set password = ? where username = ?", passwordHash, username);
            jdbc.update("update customer_login set sign_up_attempt = ?, sign_up_started_at = now() where username = ?",
                    attempt, username);
            return new Pending(username, login.customerId(), attempt, true);
        });
    }

    private record Existing(boolean enabled, UUID customerId, UUID attempt, Instant startedAt) {
    }

    /**
     * The customer is registered: the login may sign in from now on.
     *
     * @return false if another sign-up took the login over meanwhile (then it is that one's to complete)
     */
    public boolean complete(Pending pending) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            int owned = jdbc.update("update customer_login set sign_up_attempt = null"
                    + " where username = ? and sign_up_attempt = ?", pending.username(), pending.attempt());
            if (owned == 0) {
                return false;
            }
            jdbc.update("update users set enabled = true where username = ?", pending.username());
            return true;
        }));
    }

    /** The registration was refused: the login goes, unless another sign-up took it over. */
    public void abandon(Pending pending) {
        jdbc.update("delete from users where username = ? and not enabled and exists (select 1 from customer_login"
                + " where username = ? and sign_up_attempt = ?)", pending.username(), pending.username(),
                pending.attempt());
    }

    /**
     * The registration's outcome is unknown: the login stays disabled, and the next sign-up with this address may
     * take it over at once.
     */
    public void release(Pending pending) {
        jdbc.update("update customer_login set sign_up_attempt = null where username = ? and sign_up_attempt = ?",
                pending.username(), pending.attempt());
    }

    /** The customer id of an enabled login. */
    public Optional<UUID> customerId(String username) {
        return jdbc.query("select l.customer_id from customer_login l join users u on u.username = l.username"
                        + " where l.username = ? and u.enabled", (row, i) -> row.getObject(1, UUID.class), username)
                .stream().findFirst();
    }

    /**
     * Spring Security's JDBC user store over these tables: the name is looked up as sign-up stored it (stripped,
     * lower-cased), and a login not enabled yet is not found, so it fails exactly like an unknown address.
     */
    UserDetailsService userDetails() {
        JdbcDaoImpl store = new JdbcDaoImpl();
        store.setJdbcTemplate(jdbc);
        store.setUsersByUsernameQuery("select username, password, enabled from users where username = ? and enabled");
        return username -> {
            UserDetails user = store.loadUserByUsername(username(username));
            if (user == null) {
                throw new UsernameNotFoundException("unknown");
            }
            return user;
        };
    }
}
