/** What each projection is doing: status, position, lag, progress and rate, and the gauges that publish them. */
package com.forecourt.readmodel.status;
