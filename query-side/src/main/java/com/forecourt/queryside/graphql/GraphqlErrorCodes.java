package com.forecourt.queryside.graphql;

/**
 * Codes in {@code extensions.code} that only the GraphQL layer raises: who may ask, and how big a request may be.
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

    private GraphqlErrorCodes() {
    }
}
