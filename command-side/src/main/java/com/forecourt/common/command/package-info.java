/** Command-side plumbing every aggregate shares: transactions, and error codes for aggregates that do not exist. */
package com.forecourt.common.command;
