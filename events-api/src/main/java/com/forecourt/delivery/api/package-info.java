/** The Delivery context's public language: delivery days and their slots. */
package com.forecourt.delivery.api;
