package com.forecourt.telemetry.storage;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.forecourt.telemetry.event.TelemetryDocument;
import com.forecourt.telemetry.event.TelemetryEventType;
import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month's telemetry index made by an earlier version, with a strict mapping that lacks fields this version's events
 * have, takes them at the first write of this process instead of refusing every such event until the next month.
 */
class TelemetryNewFieldsIntegrationTest extends IntegrationTestSupport {

    /** The index of an earlier version: the same settings, a strict mapping without {@code widened}. */
    private static final String EARLIER_INDEX = """
            {"settings": {"analysis": {"normalizer": {"folded": {"type": "custom", "filter": ["lowercase"]}}}},
             "mappings": {"dynamic": "strict", "properties": {
               "type": {"type": "keyword"}, "receivedAt": {"type": "date"}, "resultCount": {"type": "integer"}}}}""";

    @Autowired
    private ElasticsearchClient elasticsearch;

    private final TelemetryIndices indices = new TelemetryIndices("new-fields-" + UUID.randomUUID() + "-");
    private final Instant now = Instant.now();

    @AfterEach
    void dropIndices() throws IOException {
        elasticsearch.indices().delete(d -> d.index(indices.indexFor(now)).ignoreUnavailable(true));
        elasticsearch.indices().deleteIndexTemplate(d -> d.name(indices.template()));
    }

    @Test
    void canWriteAFieldAMonthsIndexMadeByAnEarlierVersionLacked() throws IOException {
        elasticsearch.indices().create(c -> c.index(indices.indexFor(now)).withJson(new StringReader(EARLIER_INDEX)));
        TelemetryDocument widenedSearch = new TelemetryDocument(TelemetryEventType.SEARCH_MADE, now,
                Map.of("type", "SearchMade", "receivedAt", now.toString(), "resultCount", 3, "widened", "SIMILAR_MAKES"));

        TelemetryStore.Outcome outcome = new TelemetryStore(elasticsearch, indices).write(List.of(widenedSearch));

        assertThat(outcome.written()).as(String.valueOf(outcome.firstRefusal())).isEqualTo(1);
        assertThat(elasticsearch.indices().getMapping(m -> m.index(indices.indexFor(now))).get(indices.indexFor(now))
                .mappings().properties()).containsKey("widened");
    }
}
