package com.forecourt.vehicle.query;

import java.util.List;

/**
 * One page of search results with facet counts for the whole result set.
 *
 * @param total       how many cars match
 * @param hits        this page's cars, best first
 * @param facets      counts per value of each facet
 * @param hasNextPage whether more cars follow the last hit
 */
public record VehicleSearchPage(long total, List<Hit> hits, Facets facets, boolean hasNextPage) {

    /**
     * A matching car with its relevance, the matched fragments and its place in the order.
     *
     * @param highlights fragments of the matched fields as HTML: the car's text escaped, matches wrapped in
     *                   {@code <em>}
     */
    public record Hit(VehicleView vehicle, Double score, List<String> highlights, VehicleSortKey sortKey) {
    }

    /** Counts per facet value, most frequent first. */
    public record Facets(List<Bucket> make, List<Bucket> fuelType, List<Bucket> bodyType, List<Bucket> transmission) {
    }

    /** One facet value and how many matching cars have it. */
    public record Bucket(String value, long count) {
    }
}
