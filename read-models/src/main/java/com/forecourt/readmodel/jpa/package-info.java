/** PostgreSQL read models: rows that remember their last event (ADR 4) and reads of several tables in one snapshot. */
package com.forecourt.readmodel.jpa;
