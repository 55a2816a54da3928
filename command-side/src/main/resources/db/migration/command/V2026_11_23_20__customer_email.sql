-- Set validation for the Customer aggregate: one row per registered e-mail address, lower-cased by the
-- application (Locale.ROOT) so that addresses differing only in case collide. Written by the RegisterCustomer
-- handler in the same transaction as the CustomerRegistered event, so the row and the event commit or roll back
-- together; the primary key makes the second of two simultaneous registrations of one address wait for the
-- first and then find the conflict.
CREATE TABLE customer_email (
    email_lower VARCHAR(320) NOT NULL,
    customer_id UUID         NOT NULL,
    CONSTRAINT customer_email_pk PRIMARY KEY (email_lower)
);
