-- Zero-downtime rebuilds (docs/operations.md). The live version of each read model, and the rebuild in flight, if
-- any: the primary key allows one rebuild per projection across every node sharing this database.
CREATE TABLE projection_version (
    projection     VARCHAR(255) NOT NULL,
    active_version INTEGER      NOT NULL,
    CONSTRAINT projection_version_pk PRIMARY KEY (projection)
);

CREATE TABLE projection_rebuild (
    projection      VARCHAR(255) NOT NULL,
    target_version  INTEGER      NOT NULL,
    start_position  BIGINT       NOT NULL,  -- the tail of the event stream when it began
    target_position BIGINT       NOT NULL,  -- the head when it began: the hand-over waits at least for this
    started_at      TIMESTAMPTZ  NOT NULL,
    owner           VARCHAR(255) NOT NULL,  -- the node that runs it
    heartbeat       TIMESTAMPTZ  NOT NULL,  -- another node adopts it when this is older than the lease
    CONSTRAINT projection_rebuild_pk PRIMARY KEY (projection)
);
