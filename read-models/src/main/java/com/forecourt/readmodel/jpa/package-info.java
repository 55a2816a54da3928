/** PostgreSQL read-model rows: persistable entities that remember the last event applied to them (ADR 4). */
package com.forecourt.readmodel.jpa;
