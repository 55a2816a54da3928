/** Axon wiring: PostgreSQL storage, Jackson serialization, command routing and error translation. */
package com.forecourt.platform.axon;
