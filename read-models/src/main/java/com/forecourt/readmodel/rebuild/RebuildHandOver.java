package com.forecourt.readmodel.rebuild;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.readmodel.catalogue.ProjectionCatalogue;
import com.forecourt.readmodel.catalogue.ProjectionDescriptor;
import com.forecourt.readmodel.catalogue.ReadModelVersions;
import com.forecourt.readmodel.deadletter.DeadLetterConfiguration;
import com.forecourt.readmodel.elasticsearch.VersionedIndex;
import com.forecourt.readmodel.processing.Processors;
import com.forecourt.readmodel.rebuild.RebuildProcessors.RunningRebuild;
import com.forecourt.readmodel.rebuild.RebuildRegistry.Rebuild;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Swaps a caught-up rebuild in (ADR 6). The slow parts come first, while the live version still serves: secondary
 * indexes of the new tables, refresh back on for the new indices. Then both processors stop and one PostgreSQL
 * transaction locks the live tokens, swaps the tables, moves the rebuild's tokens and dead letters to the live
 * processor, records the new version, ends the rebuild and, last, moves every alias in one request; if that fails the
 * transaction rolls back and the aliases are pointed back. The live processor restarts from the rebuild's tokens and
 * the old indices are dropped.
 */
@Component
class RebuildHandOver {

    private static final Logger log = LoggerFactory.getLogger(RebuildHandOver.class);
    /** How long the rebuild's processor may take to stop before the hand-over. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ProjectionCatalogue catalogue;
    private final RebuildRegistry registry;
    private final RebuildTables tables;
    private final TokenHandOver tokens;
    private final ReadModelVersions versions;
    private final ElasticsearchClient elasticsearch;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RebuildHandOver(ProjectionCatalogue catalogue, RebuildRegistry registry, RebuildTables tables,
                    TokenHandOver tokens, ReadModelVersions versions, ElasticsearchClient elasticsearch,
                    JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.catalogue = catalogue;
        this.registry = registry;
        this.tables = tables;
        this.tokens = tokens;
        this.versions = versions;
        this.elasticsearch = elasticsearch;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Hands the rebuilt version over; false when it could not, and the rebuild carries on. */
    boolean handOver(ProjectionDescriptor projection, Rebuild rebuild, RunningRebuild local) {
        String name = projection.name();
        int target = rebuild.targetVersion();
        int previous = versions.active(name);
        List<VersionedIndex> indices = NextVersionStorage.indices(projection);

        if (!projection.tables().isEmpty()) {
            tables.createSecondaryIndexes(name, projection.tables());
        }
        indices.forEach(index -> index.completeBuild(elasticsearch, target));

        local.close(PATIENCE);
        Optional<StreamingEventProcessor> live = catalogue.processor(name);
        boolean wasRunning = live.map(StreamingEventProcessor::isRunning).orElse(false);
        live.ifPresent(Processors::stop);
        try {
            transactions.executeWithoutResult(status -> swapIn(projection, target, indices));
        } catch (RuntimeException failure) {
            pointBack(indices, previous);
            live.filter(processor -> wasRunning).ifPresent(StreamingEventProcessor::start);
            log.error("Hand-over of projection {} to version {} failed; the rebuild resumes", name, target, failure);
            return false;
        }
        live.filter(processor -> wasRunning).ifPresent(StreamingEventProcessor::start);
        dropOtherVersions(indices, target);
        log.info("Projection {} now serves version {}", name, target);
        return true;
    }

    private void swapIn(ProjectionDescriptor projection, int target, List<VersionedIndex> indices) {
        String name = projection.name();
        tokens.lock(name);
        if (!projection.tables().isEmpty()) {
            tables.swapIn(name, projection.tables());
        }
        tokens.move(projection.rebuildProcessorName(), name);
        // the rebuild handled every event again: what it parked replaces what the old version had parked
        catalogue.clearDeadLetters(name);
        jdbc.update("update " + DeadLetterConfiguration.schema().deadLetterTable()
                + " set processing_group = ? where processing_group = ?", name, projection.rebuildProcessorName());
        versions.activate(name, target);
        registry.remove(name);
        // last: if an alias cannot be moved, the transaction rolls back and the old version stays live
        indices.forEach(index -> index.moveAlias(elasticsearch, index.physicalName(target)));
    }

    private void pointBack(List<VersionedIndex> indices, int previous) {
        for (VersionedIndex index : indices) {
            try {
                index.moveAlias(elasticsearch, index.physicalName(previous));
            } catch (RuntimeException unreachable) {
                log.error("Could not point {} back at version {}", index.alias(), previous, unreachable);
            }
        }
    }

    private void dropOtherVersions(List<VersionedIndex> indices, int target) {
        for (VersionedIndex index : indices) {
            try {
                index.deleteOtherVersions(elasticsearch, target);
            } catch (RuntimeException leftover) {
                log.warn("Could not drop old versions of index {}", index.alias(), leftover);
            }
        }
    }
}
