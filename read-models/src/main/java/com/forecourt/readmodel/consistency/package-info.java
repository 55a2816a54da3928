/** Reading your own writes: a query waits, bounded, until the projection it reads has handled a given position. */
package com.forecourt.readmodel.consistency;
