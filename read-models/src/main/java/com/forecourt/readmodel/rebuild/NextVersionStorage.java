package com.forecourt.readmodel.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.deadletter.DeadLetterConfiguration;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Where the next version of a read model is built: its tables in a schema of their own ({@link RebuildTables}), its
 * indices beside the live ones, the rebuild processor's tokens and dead letters. Prepared empty before a rebuild,
 * checked before one is resumed, and dropped when one is abandoned.
 */
@Component
class NextVersionStorage {

    private final RebuildTables tables;
    private final TokenHandOver tokens;
    private final ElasticsearchClient elasticsearch;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    NextVersionStorage(RebuildTables tables, TokenHandOver tokens, ElasticsearchClient elasticsearch, JdbcTemplate jdbc,
                       PlatformTransactionManager transactionManager) {
        this.tables = tables;
        this.tokens = tokens;
        this.elasticsearch = elasticsearch;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Empty tables and indices for the version, and no tokens or letters left from an earlier attempt. */
    void prepare(ProjectionDescriptor projection, int version) {
        transactions.executeWithoutResult(status -> {
            tokens.delete(projection.rebuildProcessorName());
            deleteDeadLetters(projection.rebuildProcessorName());
        });
        if (!projection.tables().isEmpty()) {
            tables.prepare(projection.name(), projection.tables());
        }
        indices(projection).forEach(index -> index.createForBuild(elasticsearch, version));
    }

    /** Whether what a rebuild of this version wrote so far is still there, so it can go on from its tokens. */
    boolean resumable(ProjectionDescriptor projection, int version) {
        boolean tablesReady = projection.tables().isEmpty() || tables.prepared(projection.name(), projection.tables());
        boolean indicesReady = indices(projection).stream().allMatch(index -> index.exists(elasticsearch, version));
        return tablesReady && indicesReady;
    }

    /** Drops everything of an abandoned version, its registration included, in the order it can be retried. */
    void discard(ProjectionDescriptor projection, int version, Runnable unregister) {
        transactions.executeWithoutResult(status -> {
            tokens.delete(projection.rebuildProcessorName());
            deleteDeadLetters(projection.rebuildProcessorName());
            unregister.run();
        });
        if (!projection.tables().isEmpty()) {
            tables.discard(projection.name());
        }
        indices(projection).forEach(index -> index.delete(elasticsearch, version));
    }

    static List<VersionedIndex> indices(ProjectionDescriptor projection) {
        return projection.indices().stream().map(VersionedIndex::new).toList();
    }

    private void deleteDeadLetters(String processingGroup) {
        jdbc.update("delete from " + DeadLetterConfiguration.schema().deadLetterTable()
                + " where processing_group = ?", processingGroup);
    }
}
