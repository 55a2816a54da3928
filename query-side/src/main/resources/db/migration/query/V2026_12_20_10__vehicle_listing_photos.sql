-- vehicle-listing: each car's photos in gallery order (position 0 is the cover), as references into the photo store
-- (ADR 16); the files themselves are not in the database. A read model is disposable: its rows are dropped and the
-- projection, its token gone, builds them again from the events when the application starts (docs/operations.md,
-- "Changing a read model's shape"), so that no node of an older release can have passed photo events by.
TRUNCATE vehicle_listing;
DELETE FROM token_entry WHERE processor_name = 'vehicle-listing';
DELETE FROM dead_letter_entry WHERE processing_group = 'vehicle-listing';
CREATE TABLE vehicle_listing_photo (
    id                     VARCHAR(82)  NOT NULL,   -- "<vin>/<photo id>": a car has a photo once
    vin                    VARCHAR(17)  NOT NULL,
    photo_id               CHAR(64)     NOT NULL,
    position               INTEGER      NOT NULL,
    content_type           VARCHAR(32)  NOT NULL,
    width                  INTEGER      NOT NULL,
    height                 INTEGER      NOT NULL,
    size_bytes             BIGINT       NOT NULL,
    thumbnail_id           CHAR(64)     NOT NULL,
    thumbnail_content_type VARCHAR(32)  NOT NULL,
    thumbnail_width        INTEGER      NOT NULL,
    thumbnail_height       INTEGER      NOT NULL,
    thumbnail_size_bytes   BIGINT       NOT NULL,
    attached_at            TIMESTAMPTZ  NOT NULL,
    CONSTRAINT vehicle_listing_photo_pk PRIMARY KEY (id)
);
-- the galleries of a page of cars in one query, in order
CREATE INDEX vehicle_listing_photo_vin_idx ON vehicle_listing_photo (vin, position);
