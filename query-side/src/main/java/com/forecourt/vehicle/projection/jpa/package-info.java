/** The vehicle-listing read model in PostgreSQL: the inventory overview with status, price and reservation. */
package com.forecourt.vehicle.projection.jpa;
