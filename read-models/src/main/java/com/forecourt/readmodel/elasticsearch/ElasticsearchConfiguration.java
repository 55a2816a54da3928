package com.forecourt.readmodel.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.forecourt.platform.axon.AxonSerializationConfiguration;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 8.19 Java API client. Spring Boot 4 auto-configures the 9.x client, which an 8.19 server rejects, so the
 * client is built here from {@code forecourt.elasticsearch.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ElasticsearchProperties.class)
class ElasticsearchConfiguration {

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
        VersionedIndex.usePrefix(properties.indexPrefix());
        HttpHost[] hosts = properties.uris().stream().map(HttpHost::create).toArray(HttpHost[]::new);
        var builder = RestClient.builder(hosts)
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) properties.connectTimeout().toMillis())
                        .setSocketTimeout((int) properties.socketTimeout().toMillis()));
        if (properties.username() != null && !properties.username().isBlank()) {
            var credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY,
                    new UsernamePasswordCredentials(properties.username(), properties.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        return builder.build();
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient elasticsearchRestClient) {
        var mapper = new JacksonJsonpMapper(AxonSerializationConfiguration.axonObjectMapper());
        return new ElasticsearchClient(new RestClientTransport(elasticsearchRestClient, mapper));
    }
}
