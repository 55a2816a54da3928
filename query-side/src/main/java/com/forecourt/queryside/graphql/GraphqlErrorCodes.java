package com.forecourt.queryside.graphql;

/**
 * Codes in {@code extensions.code} that only the GraphQL layer raises: who may ask, how big a request may be,
 * whether a projection operation can start now, and whether anything could take the request at all.
 * They are not refusals of a command, so they are not in events-api's {@code ErrorCode}. Never rename one.
 */
public final class GraphqlErrorCodes {

    /** The key of the code in a GraphQL error's {@code extensions}. */
    public static final String EXTENSION = "code";

    /** No credentials were sent, or the credentials sent are wrong, and the field needs a signed-in user. */
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    /** The user is signed in but lacks the role the field needs. */
    public static final String FORBIDDEN = "FORBIDDEN";
    /** The document nests fields deeper than {@code forecourt.graphql.max-depth}. */
    public static final String QUERY_TOO_DEEP = "QUERY_TOO_DEEP";
    /** The document's estimated cost is above {@code forecourt.graphql.max-complexity}. */
    public static final String QUERY_TOO_COMPLEX = "QUERY_TOO_COMPLEX";
    /**
     * Too many failed sign-ins for this user name or from this client address recently (HTTP 429 with
     * {@code Retry-After}; see {@code forecourt.security.sign-in.*}), or too many sign-ups from this client address
     * (a field error of {@code signUp}; see {@code forecourt.security.sign-up.*}).
     */
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
    /** The request body is larger than {@code forecourt.graphql.max-request-bytes} (HTTP 413). */
    public static final String REQUEST_TOO_LARGE = "REQUEST_TOO_LARGE";
    /** The document has more grammar tokens than {@code forecourt.graphql.max-tokens}. */
    public static final String TOO_MANY_TOKENS = "TOO_MANY_TOKENS";
    /**
     * The document selects more fields than {@code forecourt.graphql.max-fields}, counting every selection once per
     * place a fragment is spread, aliases and {@code __typename} included.
     */
    public static final String TOO_MANY_FIELDS = "TOO_MANY_FIELDS";
    /** The operation has more root fields that reach a store than {@code forecourt.graphql.max-root-fields}. */
    public static final String TOO_MANY_ROOT_FIELDS = "TOO_MANY_ROOT_FIELDS";
    /** A list argument (in a literal or a variable, at any depth) is longer than {@code forecourt.graphql.max-list-size}. */
    public static final String LIST_TOO_LONG = "LIST_TOO_LONG";
    /**
     * The client already has {@code forecourt.graphql.websocket.max-connections-per-client} WebSockets open; the new
     * one is closed with status 4429 and this code as the reason.
     */
    public static final String TOO_MANY_CONNECTIONS = "TOO_MANY_CONNECTIONS";
    /** The client already has {@code forecourt.graphql.websocket.max-subscriptions-per-client} subscriptions running. */
    public static final String TOO_MANY_SUBSCRIPTIONS = "TOO_MANY_SUBSCRIPTIONS";
    /**
     * The operation came by a transport that does not carry it: a subscription over HTTP (subscriptions run over the
     * WebSocket only), or server-sent events, which are not offered.
     */
    public static final String UNSUPPORTED_TRANSPORT = "UNSUPPORTED_TRANSPORT";
    /** A replay (or rebuild) of that projection is already running, or another node still holds its segments. */
    public static final String PROJECTION_BUSY = "PROJECTION_BUSY";
    /**
     * No handler or no connection for a command or query right now (the other side of the distributed deployment
     * is down or starting, or Axon Server is unreachable); nothing ran, and {@code extensions.retryable} is true.
     */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    /** A new password breaks a rule of docs/security.md (length, distinct characters, the e-mail's name in it). */
    public static final String WEAK_PASSWORD = "WEAK_PASSWORD";
    /**
     * Buyers cannot sign up here: the embedded provider is off because another OpenID Connect provider is configured,
     * and accounts are made there.
     */
    public static final String SIGN_UP_DISABLED = "SIGN_UP_DISABLED";

    private GraphqlErrorCodes() {
    }
    /**
     * The request asked to see a consistency token's position ({@code extensions.consistentWith}) and a read model it
     * reads had not handled it within {@code forecourt.projections.consistency.timeout}; retryable.
     */
    public static final String STALE_READ = "STALE_READ";
}
