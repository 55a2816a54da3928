/** The judged relevance set of the catalogue search: a realistic forecourt, buyers' queries and their scores. */
package com.forecourt.vehicle.relevance;
