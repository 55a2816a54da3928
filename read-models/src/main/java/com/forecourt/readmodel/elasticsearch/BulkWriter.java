package com.forecourt.readmodel.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import com.forecourt.readmodel.deadletter.StoreUnavailableException;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * Collects the index operations of one event-processor batch and sends them as a single bulk request just before
 * the batch's token is committed.
 *
 * <p>If the request fails, the exception rolls the batch back, so the token does not advance and the batch is
 * delivered again: writes are at-least-once, and external versioning on the event's global position makes the
 * repetition harmless. A version conflict therefore means "already applied" and is not an error. Items Elasticsearch
 * cannot take now (429, 5xx) fail the batch as an outage ({@link StoreUnavailableException}); items it refuses for
 * good fail it with a {@link DocumentRejectedException}, and the processor then handles those events one at a time
 * ({@link #isolated}) to dead-letter the one at fault.
 */
@Component
public class BulkWriter {

    private static final String RESOURCE = BulkWriter.class.getName() + ".operations";
    /** Elasticsearch quotes the value it could not index after this; it may be personal data. */
    private static final Pattern VALUE_PREVIEW = Pattern.compile("\\.? ?Preview of field's value: .*", Pattern.DOTALL);

    private final ElasticsearchClient client;
    private final ThreadLocal<List<BulkOperation>> isolated = new ThreadLocal<>();

    public BulkWriter(ElasticsearchClient client) {
        this.client = client;
    }

    /** Queues an operation in the current batch; outside a unit of work it is sent at once. */
    public void add(BulkOperation operation) {
        List<BulkOperation> own = isolated.get();
        if (own != null) {
            own.add(operation);
            return;
        }
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

    /**
     * Runs {@code handling} with its writes kept apart from the batch and sent as soon as it returns, so that a
     * document Elasticsearch refuses fails this call, with a {@link DocumentRejectedException}, instead of the batch's
     * commit: the failure then belongs to the one event being handled (see {@code ProjectionIsolation}).
     */
    public <T> T isolated(Callable<T> handling) throws Exception {
        List<BulkOperation> previous = isolated.get();
        List<BulkOperation> own = new ArrayList<>();
        isolated.set(own);
        T result;
        try {
            result = handling.call();
        } finally {
            if (previous == null) {
                isolated.remove();
            } else {
                isolated.set(previous);
            }
        }
        flush(own);
        return result;
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
        if (!response.errors()) {
            return;
        }
        List<BulkResponseItem> failed = response.items().stream()
                .filter(item -> item.error() != null && !isStaleVersion(item))
                .toList();
        if (failed.isEmpty()) {
            return;
        }
        if (failed.stream().allMatch(BulkWriter::isOverloadOrOutage)) {
            throw new StoreUnavailableException(new IOException("Elasticsearch could not take " + failed.size()
                    + " of " + operations.size() + " operations now: " + describe(failed.get(0))));
        }
        BulkResponseItem first = failed.stream().filter(item -> !isOverloadOrOutage(item)).findFirst().orElseThrow();
        throw new DocumentRejectedException("Elasticsearch refused " + failed.size() + " of " + operations.size()
                + " documents; first " + describe(first), first.status());
    }

    private static String describe(BulkResponseItem item) {
        String reason = item.error().reason() == null ? "" : VALUE_PREVIEW.matcher(item.error().reason()).replaceAll("");
        return item.index() + "/" + item.id() + ": " + item.error().type() + ": " + reason;
    }

    private static boolean isOverloadOrOutage(BulkResponseItem item) {
        return item.status() == 429 || item.status() >= 500;
    }
    private static boolean isStaleVersion(BulkResponseItem item) {
        return item.status() == 409 && "version_conflict_engine_exception".equals(item.error().type());
    }
}
