/** What admins ask of projections: their state, a replay in place, a zero-downtime rebuild, never two at once. */
package com.forecourt.readmodel.operation;
