-- customer-overview: the address as its four parts (GraphQL type Address) instead of one formatted line.
-- A read model is disposable: its rows are dropped and the projection, its token gone, builds them again from the
-- events when the application starts (docs/operations.md, "Changing a read model's shape").
TRUNCATE customer_overview, customer_overview_order;
DELETE FROM token_entry WHERE processor_name = 'customer-overview';
DELETE FROM dead_letter_entry WHERE processing_group = 'customer-overview';
ALTER TABLE customer_overview DROP COLUMN address;
ALTER TABLE customer_overview ADD COLUMN address_line1    VARCHAR(100) NOT NULL;
ALTER TABLE customer_overview ADD COLUMN address_line2    VARCHAR(100);
ALTER TABLE customer_overview ADD COLUMN address_town     VARCHAR(100) NOT NULL;
ALTER TABLE customer_overview ADD COLUMN address_postcode VARCHAR(10)  NOT NULL;
