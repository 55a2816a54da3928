/** How projections process events: their transactions, recorded failures, and isolating an event at fault. */
package com.forecourt.readmodel.processing;
