/**
 * How the catalogue search understands buyers' words, without a server: the versioned vocabulary, the words
 * indexed with each car, and the reading of a search text into filters and words to match (docs/search.md, ADR 15).
 */
package com.forecourt.vehicle.projection.search.understanding;
