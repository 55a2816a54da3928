/** The DeliveryDay aggregate: how many home deliveries one day can take, and which orders hold its slots. */
package com.forecourt.delivery.command;
