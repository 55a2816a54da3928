/** The Customer aggregate: registration with a unique e-mail address, addresses and the credit an order may use. */
package com.forecourt.customer.command;
