/** The Customer context's public language: registration, addresses and credit. */
package com.forecourt.customer.api;
