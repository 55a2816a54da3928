package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts real PostgreSQL servers. */
class PostgresServerIntegrationTest {

    private static final PostgresServer.Options ANY_PORT = new PostgresServer.Options(0, Duration.ofSeconds(120));

    @TempDir
    Path dataDir;

    private Path relocatedParent;

    @AfterEach
    void removeRelocatedData() {
        // A root JVM relocates a mode-700 temp dir's data to /var/tmp, which @TempDir does not clean.
        if (relocatedParent != null && !relocatedParent.startsWith(dataDir.toAbsolutePath())) {
            Directories.deleteRecursively(relocatedParent);
        }
    }

    @Test
    void isDurableAndKeepsItsDataAcrossRestarts() throws Exception {
        PostgresServer first = PostgresServer.start(dataDir, ANY_PORT);
        relocatedParent = first.dataDirectory().getParent();
        Path pgData = first.dataDirectory();
        try (Connection connection = connect(first); Statement statement = connection.createStatement()) {
            assertThat(show(statement, "fsync")).isEqualTo("on");
            assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(show(statement, "full_page_writes")).isEqualTo("on");
            assertThat(show(statement, "listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(show(statement, "data_checksums")).isEqualTo("on");
            assertThat(query(statement, "SELECT current_database()")).isEqualTo("forecourt");
            statement.execute("CREATE TABLE listing (id int PRIMARY KEY, title text NOT NULL)");
            statement.execute("INSERT INTO listing VALUES (1, 'VW Golf 1.5 TSI')");
        }
        first.stop();
        assertNoPostgresRunsOn(pgData, first.pid());

        PostgresServer second = PostgresServer.start(dataDir, ANY_PORT);
        try (Connection connection = connect(second); Statement statement = connection.createStatement()) {
            assertThat(second.dataDirectory()).isEqualTo(pgData);
            assertThat(query(statement, "SELECT title FROM listing WHERE id = 1")).isEqualTo("VW Golf 1.5 TSI");
        } finally {
            second.stop();
        }
        assertNoPostgresRunsOn(pgData, second.pid());
    }

    @Test
    void registrySharesOneServerPerDataDirectoryAndRestartsAStoppedOne() throws Exception {
        EmbeddedStores stores = EmbeddedStores.forDataDirectory(dataDir);
        try {
            PostgresServer server = stores.postgres(ANY_PORT);
            relocatedParent = server.dataDirectory().getParent();

            // Another spelling of the same directory, and other options, get the running server.
            assertThat(EmbeddedStores.forDataDirectory(dataDir.resolve("sub/..")).postgres(ANY_PORT.withPort(15999))).isSameAs(server);
            assertThat(stores.start(ANY_PORT, null).postgres()).isSameAs(server);
            // A second server on the same data directory is refused, not started.
            assertThatThrownBy(() -> PostgresServer.start(dataDir, ANY_PORT))
                    .isInstanceOf(EmbeddedStoreException.class)
                    .hasMessageContaining("already run");

            server.stop();
            PostgresServer restarted = stores.postgres(ANY_PORT);
            assertThat(restarted).isNotSameAs(server);
            try (Connection connection = connect(restarted); Statement statement = connection.createStatement()) {
                assertThat(query(statement, "SELECT 1")).isEqualTo("1");
            }
        } finally {
            stores.stop();
        }
    }

    @Test
    void refusesToInitialiseOverAForeignDirectory() throws Exception {
        StoreLayout layout = StoreLayout.resolve(EmbeddedStores.realDirectory(dataDir), ServerUser.detect());
        Path pgData = layout.postgresData();
        relocatedParent = layout.postgresParent();
        Files.createDirectories(pgData);
        Files.writeString(pgData.resolve("precious.txt"), "not a database");

        assertThatThrownBy(() -> PostgresServer.start(dataDir, ANY_PORT))
                .isInstanceOf(EmbeddedStoreException.class)
                .hasMessageContaining("not a PostgreSQL data directory");
        assertThat(pgData.resolve("precious.txt")).hasContent("not a database");
    }

    @Test
    void cannotConnectAsTheSuperuserWithoutThePassword() {
        PostgresServer server = PostgresServer.start(dataDir, ANY_PORT);
        relocatedParent = server.dataDirectory().getParent();
        try {
            // without a connection, COPY … FROM PROGRAM (which runs commands as the server's user) is out of reach
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), ""))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.username(), "postgres"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        } finally {
            server.stop();
        }
    }

    @Test
    void canConnectWithThePasswordOfTheOwnerOnlyPasswordFile() throws Exception {
        PostgresServer server = PostgresServer.start(dataDir, ANY_PORT);
        relocatedParent = server.dataDirectory().getParent();
        try {
            Path file = server.passwordFile();
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.readString(file)).isEqualTo("127.0.0.1:*:*:postgres:" + server.password() + "\n");
            assertThat(PostgresServer.password(dataDir)).isEqualTo(server.password());
            assertThat(Files.readString(server.dataDirectory().resolve("pg_hba.conf")))
                    .contains("scram-sha-256").doesNotContain("trust");
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
                    Statement statement = connection.createStatement()) {
                assertThat(show(statement, "password_encryption")).isEqualTo("scram-sha-256");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void canGiveATrustingClusterOfAnEarlierVersionAPassword() throws Exception {
        PostgresServer first = PostgresServer.start(dataDir, ANY_PORT);
        relocatedParent = first.dataDirectory().getParent();
        String firstPassword = first.password();
        first.stop();
        // as an earlier version left it: trust on loopback, and no password file
        Files.writeString(first.dataDirectory().resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
        Files.delete(first.passwordFile());

        PostgresServer second = PostgresServer.start(dataDir, ANY_PORT);
        try {
            assertThat(second.password()).isNotEqualTo(firstPassword);
            assertThatThrownBy(() -> DriverManager.getConnection(second.jdbcUrl(), second.username(), ""))
                    .isInstanceOf(SQLException.class);
            try (Connection connection = connect(second); Statement statement = connection.createStatement()) {
                assertThat(query(statement, "SELECT 1")).isEqualTo("1");
            }
        } finally {
            second.stop();
        }
    }

    private static void assertNoPostgresRunsOn(Path pgData, long postmasterPid) {
        assertThat(ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive)).isEmpty();
        List<Long> leftovers = ProcessHandle.allProcesses()
                .filter(process -> Processes.commandLineContains(process, "-D " + pgData + " "))
                .map(ProcessHandle::pid)
                .toList();
        assertThat(leftovers).as("postgres processes still running on %s", pgData).isEmpty();
        assertThat(pgData.resolve("postmaster.pid")).doesNotExist();
    }

    private static Connection connect(PostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
    }

    private static String show(Statement statement, String setting) throws SQLException {
        return query(statement, "SHOW " + setting);
    }

    private static String query(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getString(1);
        }
    }
}
