-- order-details read model: the order screens. Disposable: rebuilt from the events at any time.
CREATE TABLE order_details (
    order_id         UUID         NOT NULL,
    customer_id      UUID         NOT NULL,
    vin              VARCHAR(17)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    price_pence      BIGINT,
    delivery_date    DATE         NOT NULL,
    rejection_reason VARCHAR(64),
    placed_at        TIMESTAMPTZ  NOT NULL,
    last_sequence    BIGINT       NOT NULL,
    CONSTRAINT order_details_pk PRIMARY KEY (order_id)
);
-- newest first, keyset pagination on (placed_at, order_id), optionally per customer, car or status
CREATE INDEX order_details_placed_idx ON order_details (placed_at DESC, order_id DESC);
CREATE INDEX order_details_customer_idx ON order_details (customer_id, placed_at DESC, order_id DESC);
CREATE INDEX order_details_vin_idx ON order_details (vin);
CREATE INDEX order_details_status_idx ON order_details (status);
CREATE INDEX order_details_delivery_idx ON order_details (delivery_date);

-- every status an order went through; one entry per order event ("orderId/sequence")
CREATE TABLE order_details_timeline (
    id          VARCHAR(64)  NOT NULL,
    order_id    UUID         NOT NULL,
    sequence    BIGINT       NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    detail      TEXT,
    CONSTRAINT order_details_timeline_pk PRIMARY KEY (id)
);
CREATE INDEX order_details_timeline_order_idx ON order_details_timeline (order_id, changed_at, sequence);

-- this projection's own lookups, fed by customer and vehicle events in the same processing group
CREATE TABLE order_details_customer (
    customer_id UUID         NOT NULL,
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(320) NOT NULL,
    CONSTRAINT order_details_customer_pk PRIMARY KEY (customer_id)
);
CREATE TABLE order_details_vehicle (
    vin           VARCHAR(17)  NOT NULL,
    make          VARCHAR(100) NOT NULL,
    model         VARCHAR(100) NOT NULL,
    model_year    INTEGER      NOT NULL,
    price_pence   BIGINT       NOT NULL,
    last_sequence BIGINT       NOT NULL,
    CONSTRAINT order_details_vehicle_pk PRIMARY KEY (vin)
);
