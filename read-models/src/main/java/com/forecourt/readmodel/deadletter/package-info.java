/** Dead letters of the projections: a sequenced queue per projection in PostgreSQL, its policy and operations. */
package com.forecourt.readmodel.deadletter;
