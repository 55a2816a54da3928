/** The order-details read model in PostgreSQL: each order with customer and car summary and its status timeline. */
package com.forecourt.order.projection.jpa;
