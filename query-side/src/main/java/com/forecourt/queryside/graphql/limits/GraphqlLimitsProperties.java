package com.forecourt.queryside.graphql.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code forecourt.graphql.*}: how big a request may be, how much work its document may ask for, and how many
 * WebSockets and subscriptions one client may hold. Every limit answers with its own code in
 * {@code extensions.code} (see {@link com.forecourt.queryside.graphql.GraphqlErrorCodes}).
 */
@ConfigurationProperties("forecourt.graphql")
public class GraphqlLimitsProperties {

    /** Nesting depth of a document: a root field is 1 (QUERY_TOO_DEEP). */
    private int maxDepth = 10;
    /** Estimated cost: fields times page sizes (QUERY_TOO_COMPLEX). */
    private int maxComplexity = 5000;
    /** Bytes of an HTTP request body (REQUEST_TOO_LARGE, HTTP 413). */
    private int maxRequestBytes = 64 * 1024;
    /** Grammar tokens of a document: names, punctuation, values (TOO_MANY_TOKENS). */
    private int maxTokens = 5000;
    /** Fields of a document after fragment expansion, aliases and {@code __typename} included (TOO_MANY_FIELDS). */
    private int maxFields = 500;
    /** Root fields of the operation that reach a store, i.e. other than {@code __typename} (TOO_MANY_ROOT_FIELDS). */
    private int maxRootFields = 10;
    /** Items of one list argument, at any depth of an input (LIST_TOO_LONG). */
    private int maxListSize = 100;
    private final Websocket websocket = new Websocket();

    public int getMaxDepth() {
        return maxDepth;
    }

    public void setMaxDepth(int maxDepth) {
        this.maxDepth = positive("max-depth", maxDepth);
    }

    public int getMaxComplexity() {
        return maxComplexity;
    }

    public void setMaxComplexity(int maxComplexity) {
        this.maxComplexity = positive("max-complexity", maxComplexity);
    }

    public int getMaxRequestBytes() {
        return maxRequestBytes;
    }

    public void setMaxRequestBytes(int maxRequestBytes) {
        this.maxRequestBytes = positive("max-request-bytes", maxRequestBytes);
    }

    public int getMaxTokens() {
        return maxTokens;
    }

    public void setMaxTokens(int maxTokens) {
        this.maxTokens = positive("max-tokens", maxTokens);
    }

    public int getMaxFields() {
        return maxFields;
    }

    public void setMaxFields(int maxFields) {
        this.maxFields = positive("max-fields", maxFields);
    }

    public int getMaxRootFields() {
        return maxRootFields;
    }

    public void setMaxRootFields(int maxRootFields) {
        this.maxRootFields = positive("max-root-fields", maxRootFields);
    }

    public int getMaxListSize() {
        return maxListSize;
    }

    public void setMaxListSize(int maxListSize) {
        this.maxListSize = positive("max-list-size", maxListSize);
    }

    public Websocket getWebsocket() {
        return websocket;
    }

    /** {@code forecourt.graphql.websocket.*}: per client address (an IPv6 /64 counts as one). */
    public static class Websocket {
        /** Open WebSockets; another is closed at once with 4429 and reason TOO_MANY_CONNECTIONS. */
        private int maxConnectionsPerClient = 20;
        /** Running subscriptions over all its WebSockets (TOO_MANY_SUBSCRIPTIONS). */
        private int maxSubscriptionsPerClient = 50;

        public int getMaxConnectionsPerClient() {
            return maxConnectionsPerClient;
        }

        public void setMaxConnectionsPerClient(int maxConnectionsPerClient) {
            this.maxConnectionsPerClient = positive("websocket.max-connections-per-client", maxConnectionsPerClient);
        }

        public int getMaxSubscriptionsPerClient() {
            return maxSubscriptionsPerClient;
        }

        public void setMaxSubscriptionsPerClient(int maxSubscriptionsPerClient) {
            this.maxSubscriptionsPerClient = positive("websocket.max-subscriptions-per-client",
                    maxSubscriptionsPerClient);
        }
    }

    private static int positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("forecourt.graphql." + name + " must be at least 1: " + value);
        }
        return value;
    }
}
