-- delivery-days read model: the delivery schedule. Disposable: rebuilt from the events at any time.
CREATE TABLE delivery_day (
    delivery_date DATE    NOT NULL,
    capacity      INTEGER NOT NULL,
    last_sequence BIGINT  NOT NULL,
    CONSTRAINT delivery_day_pk PRIMARY KEY (delivery_date)
);

-- orders booked on a day ("date/orderId")
CREATE TABLE delivery_day_booking (
    id            VARCHAR(64) NOT NULL,
    delivery_date DATE        NOT NULL,
    order_id      UUID        NOT NULL,
    booked_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT delivery_day_booking_pk PRIMARY KEY (id)
);
CREATE INDEX delivery_day_booking_date_idx ON delivery_day_booking (delivery_date, booked_at);
