/** Serves the storefront's single page at each of its addresses, so that links and reloads land on the right screen. */
package com.forecourt.storefront.web;
