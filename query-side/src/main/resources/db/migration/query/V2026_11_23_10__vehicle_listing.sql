-- vehicle-listing read model: the inventory overview. Disposable: rebuilt from the events at any time.
CREATE TABLE vehicle_listing (
    vin           VARCHAR(17)  NOT NULL,
    make          VARCHAR(100) NOT NULL,
    model         VARCHAR(100) NOT NULL,
    variant       VARCHAR(100),
    model_year    INTEGER      NOT NULL,
    mileage       INTEGER      NOT NULL,
    fuel_type     VARCHAR(16)  NOT NULL,
    transmission  VARCHAR(16)  NOT NULL,
    body_type     VARCHAR(100) NOT NULL,
    colour        VARCHAR(100) NOT NULL,
    price_pence   BIGINT       NOT NULL,
    description   TEXT         NOT NULL,
    features      TEXT[]       NOT NULL DEFAULT '{}',
    status        VARCHAR(16)  NOT NULL,
    listed_at     TIMESTAMPTZ  NOT NULL,
    last_sequence BIGINT       NOT NULL,
    CONSTRAINT vehicle_listing_pk PRIMARY KEY (vin)
);
CREATE INDEX vehicle_listing_status_idx ON vehicle_listing (status);
