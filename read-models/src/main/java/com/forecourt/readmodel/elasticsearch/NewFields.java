package com.forecourt.readmodel.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;

/**
 * Gives a live index the fields its definition gained since the index was created, with one put-mapping request of
 * the definition's whole mapping: Elasticsearch adds new fields (and new properties of objects) and accepts the
 * unchanged ones, so it is safe to send at every start. Fields added this way are empty in documents written before;
 * a rebuild (docs/operations.md) writes every document again. A definition that changes an existing field cannot
 * be applied to a live index: the refusal is logged and the index keeps its mapping until a new index is made from
 * the definition (a rebuild; for telemetry, the next month's index).
 */
public final class NewFields {

    private static final Logger log = LoggerFactory.getLogger(NewFields.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private NewFields() {
    }

    /**
     * Sends the mapping of the definition (a class-path resource with a {@code mappings} object) to the index.
     *
     * @throws UncheckedIOException when the definition cannot be read or Elasticsearch cannot be reached
     */
    public static void add(ElasticsearchClient client, String definition, String index) {
        String mappings;
        try (InputStream in = NewFields.class.getClassLoader().getResourceAsStream(definition)) {
            if (in == null) {
                throw new IllegalStateException("Missing index definition " + definition);
            }
            JsonNode node = JSON.readTree(in).path("mappings");
            if (node.isMissingNode()) {
                return;
            }
            mappings = JSON.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read index definition " + definition, e);
        }
        try {
            client.indices().putMapping(p -> p.index(index).withJson(new StringReader(mappings)));
        } catch (ElasticsearchException refused) {
            log.error("Index {} keeps its mapping: {} changes a field it has ({}); only a new index made from the "
                    + "definition applies it", index, definition, refused.error().reason());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update the mapping of " + index, e);
        }
    }
}
