-- The query-side nodes that share this database, each renewing its row, so that every node knows how many share
-- the projections' segments (docs/operations.md, "Several nodes").
CREATE TABLE projection_node (
    node      VARCHAR(255) NOT NULL,
    heartbeat TIMESTAMPTZ  NOT NULL,
    CONSTRAINT projection_node_pk PRIMARY KEY (node)
);
