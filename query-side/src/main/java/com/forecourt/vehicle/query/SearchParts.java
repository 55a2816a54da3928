package com.forecourt.vehicle.query;

import java.util.EnumSet;
import java.util.Set;

/**
 * The optional parts of a search answer that the client asked for; the search computes only these, because each
 * costs Elasticsearch work on every request (a facet is an aggregation over every match, highlights re-read the
 * hits' text, did-you-mean consults the spelling index). Parts not asked for come back empty or null.
 *
 * @param facets     the facets to count
 * @param highlights whether each hit carries its highlighted fragments
 * @param didYouMean whether to offer a respelt query
 */
public record SearchParts(Set<VehicleFacet> facets, boolean highlights, boolean didYouMean) {

    public SearchParts {
        facets = facets == null ? Set.of() : Set.copyOf(facets);
    }

    /** Every part: what a caller that does not say gets. */
    public static SearchParts all() {
        return new SearchParts(EnumSet.allOf(VehicleFacet.class), true, true);
    }
}
