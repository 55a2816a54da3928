/** The delivery-days read model in PostgreSQL: capacity, booked count and the orders booked on each day. */
package com.forecourt.delivery.projection.jpa;
