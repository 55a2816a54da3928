package com.forecourt.order.api;

/** Where an order is in its life: PENDING, then CONFIRMED and DELIVERED, or REJECTED or CANCELLED. */
public enum OrderStatus { PENDING, CONFIRMED, DELIVERED, REJECTED, CANCELLED }
