package com.forecourt.projection;

import com.forecourt.readmodel.jpa.ReadSnapshot;
import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements of one answer read through a {@link ReadSnapshot} see one committed state, on the application's
 * own PostgreSQL and transaction manager: a row another connection commits between two of them is not seen by the
 * second. Without the snapshot it is, which is the torn read the Queries classes avoid.
 */
class ReadSnapshotIntegrationTest extends IntegrationTestSupport {

    @Autowired
    private PlatformTransactionManager transactions;

    @BeforeEach
    void probeTable() {
        jdbc.execute("create table if not exists read_snapshot_probe (id uuid primary key)");
    }

    /** Counts the rows, commits one more from another connection, counts again. */
    private List<Integer> countAroundACommit() {
        Integer before = jdbc.queryForObject("select count(*) from read_snapshot_probe", Integer.class);
        CompletableFuture.runAsync(() -> jdbc.update("insert into read_snapshot_probe values (?)", UUID.randomUUID()))
                .join();
        Integer after = jdbc.queryForObject("select count(*) from read_snapshot_probe", Integer.class);
        return List.of(before, after);
    }

    @Test
    void cannotSeeARowCommittedBetweenTwoStatementsOfOneSnapshot() {
        Supplier<List<Integer>> counts = this::countAroundACommit;

        List<Integer> seen = new ReadSnapshot(transactions).read(counts);

        assertThat(seen.get(1)).isEqualTo(seen.get(0));
    }

    @Test
    void canSeeARowCommittedBetweenTwoStatementsOutsideASnapshot() {
        List<Integer> seen = countAroundACommit();

        assertThat(seen.get(1)).isEqualTo(seen.get(0) + 1);
    }
}
