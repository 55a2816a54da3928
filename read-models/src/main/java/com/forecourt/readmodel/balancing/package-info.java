/** Sharing each projection's segments fairly between the query-side nodes of one database. */
package com.forecourt.readmodel.balancing;
