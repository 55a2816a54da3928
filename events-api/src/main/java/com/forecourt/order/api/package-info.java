/** The Order context's public language: placing, confirming, rejecting, cancelling and delivering orders. */
package com.forecourt.order.api;
