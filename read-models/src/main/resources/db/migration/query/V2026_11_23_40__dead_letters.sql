-- Axon's sequenced dead-letter queue for the query side's projections (JdbcSequencedDeadLetterQueue), one table
-- shared by every processing group. Columns follow Axon's DeadLetterSchema with snake_case names (see
-- com.forecourt.projection.deadletter.DeadLetterConfiguration). Axon writes timestamps as ISO-8601 strings, so
-- they are VARCHAR, as in Axon's own GenericDeadLetterTableFactory; the cause message is TEXT so a long message
-- never makes the enqueue fail.
CREATE TABLE dead_letter_entry (
    dead_letter_id       VARCHAR(255) NOT NULL,
    processing_group     VARCHAR(255) NOT NULL,
    sequence_identifier  VARCHAR(255) NOT NULL,
    sequence_index       BIGINT       NOT NULL,
    message_type         VARCHAR(255) NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    payload_type         VARCHAR(255) NOT NULL,
    payload_revision     VARCHAR(255),
    payload              BYTEA        NOT NULL,
    meta_data            BYTEA,
    aggregate_type       VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number      BIGINT,
    token_type           VARCHAR(255),
    token                BYTEA,
    enqueued_at          VARCHAR(255) NOT NULL,
    last_touched         VARCHAR(255),
    processing_started   VARCHAR(255),
    cause_type           VARCHAR(255),
    cause_message        TEXT,
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (dead_letter_id),
    CONSTRAINT dead_letter_entry_sequence_uk UNIQUE (processing_group, sequence_identifier, sequence_index)
);
CREATE INDEX dead_letter_entry_processing_group_idx ON dead_letter_entry (processing_group);
CREATE INDEX dead_letter_entry_sequence_idx ON dead_letter_entry (processing_group, sequence_identifier);
