package com.forecourt.readmodel.elasticsearch;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * Where the Elasticsearch cluster is and how to authenticate.
 *
 * @param uris           the HTTP endpoints of the cluster, e.g. {@code http://127.0.0.1:9200}
 * @param username       the basic-auth user, or empty for an unsecured node
 * @param password       the basic-auth password
 * @param connectTimeout how long to wait for a connection
 * @param socketTimeout  how long to wait for a response
 * @param indexPrefix    put before every index and alias name, so that several environments (or test processes)
 *                       can share one cluster; empty by default, which gives analysts the plain names
 */
@ConfigurationProperties("forecourt.elasticsearch")
public record ElasticsearchProperties(List<String> uris, String username, String password,
                                     Duration connectTimeout, Duration socketTimeout, String indexPrefix) {

    public ElasticsearchProperties {
        uris = uris == null || uris.isEmpty() ? List.of("http://127.0.0.1:9200") : List.copyOf(uris);
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(5) : connectTimeout;
        socketTimeout = socketTimeout == null ? Duration.ofSeconds(30) : socketTimeout;
        indexPrefix = indexPrefix == null ? "" : indexPrefix;
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]*|")) {
            throw new IllegalArgumentException("forecourt.elasticsearch.index-prefix must be lower-case letters, "
                    + "digits, '-' or '_', starting with a letter or digit: " + indexPrefix);
        }
    }
}
