-- order-search's own lookups (its documents live in Elasticsearch; these rows move with its token in PostgreSQL)
CREATE TABLE order_search_customer (
    customer_id UUID         NOT NULL,
    name        VARCHAR(200) NOT NULL,
    email       VARCHAR(320) NOT NULL,
    CONSTRAINT order_search_customer_pk PRIMARY KEY (customer_id)
);
CREATE TABLE order_search_vehicle (
    vin           VARCHAR(17)  NOT NULL,
    make          VARCHAR(100) NOT NULL,
    model         VARCHAR(100) NOT NULL,
    model_year    INTEGER      NOT NULL,
    price_pence   BIGINT       NOT NULL,
    last_sequence BIGINT       NOT NULL,
    CONSTRAINT order_search_vehicle_pk PRIMARY KEY (vin)
);
