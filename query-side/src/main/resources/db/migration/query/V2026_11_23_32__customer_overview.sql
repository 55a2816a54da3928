-- customer-overview read model: the customer page. Disposable: rebuilt from the events at any time.
CREATE TABLE customer_overview (
    customer_id        UUID         NOT NULL,
    name               VARCHAR(200) NOT NULL,
    email              VARCHAR(320) NOT NULL,
    address            TEXT         NOT NULL,
    credit_limit_pence BIGINT       NOT NULL,
    reserved_pence     BIGINT       NOT NULL DEFAULT 0,
    settled_pence      BIGINT       NOT NULL DEFAULT 0,
    last_sequence      BIGINT       NOT NULL,
    CONSTRAINT customer_overview_pk PRIMARY KEY (customer_id)
);

-- this projection's own record of order statuses, fed by order events in the same processing group
CREATE TABLE customer_overview_order (
    order_id      UUID        NOT NULL,
    customer_id   UUID        NOT NULL,
    status        VARCHAR(16) NOT NULL,
    last_sequence BIGINT      NOT NULL,
    CONSTRAINT customer_overview_order_pk PRIMARY KEY (order_id)
);
CREATE INDEX customer_overview_order_customer_idx ON customer_overview_order (customer_id, status);
