/** The order-search read model in Elasticsearch: one denormalised document per order for analysts. */
package com.forecourt.order.projection.search;
