-- vehicle-listing: the order a car is held for (RESERVED, SOLD) and why staff withdrew it (WITHDRAWN).
ALTER TABLE vehicle_listing ADD COLUMN reserved_order_id UUID;
ALTER TABLE vehicle_listing ADD COLUMN withdrawal_reason TEXT;
