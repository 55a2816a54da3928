package com.forecourt.readmodel.deadletter;

import com.forecourt.readmodel.elasticsearch.DocumentRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class FailureDescriptionsTest {

    @Test
    void canDescribeARefusedDocumentByItsOwnSanitisedMessage() {
        DocumentRejectedException rejected = new DocumentRejectedException("Elasticsearch refused 1 of 1 documents; "
                + "first vehicles_v1/X: document_parsing_exception: failed to parse field [v]", 400);

        assertThat(FailureDescriptions.describe(new IllegalStateException("wrapped", rejected)))
                .isEqualTo("DocumentRejectedException: Elasticsearch refused 1 of 1 documents; first vehicles_v1/X: "
                        + "document_parsing_exception: failed to parse field [v]");
    }

    @Test
    void canDescribeASqlRefusalByItsStateWithoutTheRow() {
        SQLException sql = new SQLException("ERROR: violates check constraint\n  Detail: Failing row contains (Ada)",
                "23514");

        assertThat(FailureDescriptions.describe(new DataIntegrityViolationException("could not execute", sql)))
                .isEqualTo("DataIntegrityViolationException: PostgreSQL refused the change: SQLState 23514")
                .doesNotContain("Ada");
    }

    @Test
    void canCutTheQuotedDataOutOfOtherMessages() {
        assertThat(FailureDescriptions.describe(new IllegalArgumentException(
                "failed to parse field [make]. Preview of field's value: 'Ada Lovelace'")))
                .isEqualTo("IllegalArgumentException: failed to parse field [make]");
    }

    @Test
    void canKeepAPlainMessageAndTruncateALongOne() {
        assertThat(FailureDescriptions.describe(new IllegalStateException("boom"))).isEqualTo("IllegalStateException: boom");
        assertThat(FailureDescriptions.describe(new IllegalStateException("x".repeat(2_000)))).hasSize(500);
    }
}
