/** The Order aggregate: an order's life from placed to confirmed and delivered, or rejected or cancelled. */
package com.forecourt.order.command;
