package com.forecourt.readmodel.elasticsearch;

/**
 * Elasticsearch refused to store one document for a reason that belongs to the document (a mapping it does not fit,
 * a value it cannot index), not to the cluster: retrying the same write cannot succeed. The message names the index,
 * the document id, Elasticsearch's error type and reason, without the preview of the offending value that
 * Elasticsearch adds (it may be personal data).
 */
public class DocumentRejectedException extends RuntimeException {

    private final int status;

    public DocumentRejectedException(String message, int status) {
        super(message, null, false, false);
        this.status = status;
    }

    /** The HTTP status of the item in the bulk response, e.g. 400. */
    public int status() {
        return status;
    }
}
