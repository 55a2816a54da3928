package com.forecourt.queryside.graphql;

/**
 * Codes in {@code extensions.code} that only the GraphQL layer raises: who may ask, how big a request may be,
 * whether a projection operation can start now, and whether anything could take the request at all.
 * They are not refusals of a command, so they are not in events-api's {@code ErrorCode}. Never rename one.
 */
public final class GraphqlErrorCodes {

    /** No credentials were sent, or the credentials sent are wrong, and the field needs a signed-in user. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** The user is signed in but lacks the role the field needs. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** The document nests fields deeper than {@code forecourt.graphql.max-depth}. */
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    /** The document's estimated cost is above {@code forecourt.graphql.max-complexity}. */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    /** A replay (or rebuild) of that projection is already running, or another node still holds its segments. */
    public static final String PROJECTION_BUSY = "PROJECTION_BUSY";
    /**
     * No handler or no connection for a command or query right now (the other side of the distributed deployment
     * is down or starting, or Axon Server is unreachable); nothing ran, and {@code extensions.retryable} is true.
     */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    private GraphqlErrorCodes() {
    }
}
