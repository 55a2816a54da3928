package com.forecourt.vehicle.query;

import java.util.List;

/**
 * One page of search results with facet counts for the whole result set.
 *
 * @param total  how many cars match
 * @param hits   this page's cars, best first
 * @param facets counts per value of each facet
 */
public record VehicleSearchPage(long total, List<Hit> hits, Facets facets) {

    /** A matching car with its relevance and the matched fragments. */
    public record Hit(VehicleView vehicle, Double score, List<String> highlights) {
    }

    /** Counts per facet value, most frequent first. */
    public record Facets(List<Bucket> make, List<Bucket> fuelType, List<Bucket> bodyType, List<Bucket> transmission) {
    }

    /** One facet value and how many matching cars have it. */
    public record Bucket(String value, long count) {
    }
}
