package com.forecourt.readmodel.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.readmodel.DocumentKey;
import com.forecourt.readmodel.catalogue.ReadModelDeclarations;
import com.forecourt.readmodel.catalogue.ReadModelVersions;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.lifecycle.Phase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Prepares the declared Elasticsearch read models before any processor starts: each declared index gets its alias on
 * the live version's physical index (created from its definition when missing), and a read model whose events change
 * documents keyed by their aggregate ({@link DocumentKey#AGGREGATE_IDENTIFIER}) has its documents read once per
 * batch. Projectors themselves do no I/O when they are created.
 */
@Configuration(proxyBeanMethods = false)
class IndexProvisioning {

    @Bean
    ConfigurerModule declaredIndices(ReadModelDeclarations declarations, ReadModelVersions versions,
                                     ElasticsearchClient client, VersionedDocuments documents) {
        // before the processors, which start in Phase.INBOUND_EVENT_CONNECTORS
        return configurer -> configurer.onStart(Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS, () ->
                declarations.all().forEach(declaration -> {
                    for (String index : declaration.readModel().indices()) {
                        new VersionedIndex(index).ensureExists(client, versions.active(declaration.name()));
                        if (declaration.readModel().documentKey() == DocumentKey.AGGREGATE_IDENTIFIER) {
                            documents.readPerBatch(index, IndexProvisioning::aggregateIdentifier);
                        }
                    }
                }));
    }

    /** The document an event changes: its aggregate's, for events of aggregates; none for others. */
    static String aggregateIdentifier(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
    }
}
