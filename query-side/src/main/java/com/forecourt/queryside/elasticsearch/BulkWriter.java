package com.forecourt.queryside.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the index operations of one event-processor batch and sends them as a single bulk request just before
 * the batch's token is committed.
 *
 * <p>If the request fails, the exception rolls the batch back, so the token does not advance and the batch is
 * delivered again: writes are at-least-once, and external versioning on the event's global position makes the
 * repetition harmless. A version conflict therefore means "already applied" and is not an error.
 */
@Component
public class BulkWriter {

    private static final String RESOURCE = BulkWriter.class.getName() + ".operations";

    private final ElasticsearchClient client;

    public BulkWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /** Queues an operation in the current batch; outside a unit of work it is sent at once. */
    public void add(BulkOperation operation) {
        if (!CurrentUnitOfWork.isStarted()) {
            flush(List.of(operation));
            return;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        List<BulkOperation> operations = root.getOrComputeResource(RESOURCE, key -> {
            List<BulkOperation> batch = new ArrayList<>();
            root.onPrepareCommit(uow -> flush(batch));
            return batch;
        });
        operations.add(operation);
    }

    private void flush(List<BulkOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        BulkResponse response;
        try {
            response = client.bulk(BulkRequest.of(b -> b.operations(operations)));
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch bulk request failed", e);
        }
        if (response.errors()) {
            List<String> failures = response.items().stream()
                    .filter(item -> item.error() != null && !isStaleVersion(item))
                    .map(item -> item.index() + "/" + item.id() + ": " + item.error().reason())
                    .toList();
            if (!failures.isEmpty()) {
                throw new IllegalStateException("Elasticsearch rejected " + failures.size() + " of "
                        + operations.size() + " operations: " + failures);
            }
        }
    }

    private static boolean isStaleVersion(BulkResponseItem item) {
        return item.status() == 409 && "version_conflict_engine_exception".equals(item.error().type());
    }
}
