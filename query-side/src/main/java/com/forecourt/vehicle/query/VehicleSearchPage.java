package com.forecourt.vehicle.query;

import java.util.List;

/**
 * One page of search results with facet counts for the whole result set and what the search made of the text.
 *
 * @param total            how many cars match
 * @param hits             this page's cars, best first
 * @param facets           counts per value of each facet; each facet is counted without its own filter, so a
 *                         buyer who picked one make still sees how many cars the other makes have
 * @param hasNextPage      whether more cars follow the last hit
 * @param interpretedAs    the parts of the text understood as filters, in the order typed
 * @param relaxation       how the search was widened because the text as typed found nothing, or null
 * @param didYouMean       the text respelt with words of the catalogue where a word is in none of its cars, or null
 * @param unavailableMakes makes named in the text that have no car in the searched statuses
 */
public record VehicleSearchPage(long total, List<Hit> hits, Facets facets, boolean hasNextPage,
                                List<SearchInterpretation> interpretedAs, SearchRelaxation relaxation,
                                String didYouMean, List<String> unavailableMakes) {

    /**
     * A matching car with its relevance, the matched fragments and its place in the order.
     *
     * @param highlights fragments of the matched fields as HTML: the car's text escaped, matches wrapped in
     *                   {@code <em>}
     */
    public record Hit(VehicleView vehicle, Double score, List<String> highlights, VehicleSortKey sortKey) {
    }

    /**
     * Counts per facet value, most frequent first (years newest first, bands in order).
     *
     * @param bodyType the vocabulary's body types ({@code Estate} counts Sports Tourers), else the listings' own
     * @param colour   colour families ({@code Red} counts Tornado Red), else the listings' own colours
     * @param price    price bands in pence
     * @param mileage  mileage bands in miles
     */
    public record Facets(List<Bucket> make, List<Bucket> fuelType, List<Bucket> bodyType, List<Bucket> transmission,
                         List<Bucket> colour, List<Bucket> year, List<RangeBucket> price, List<RangeBucket> mileage) {
    }

    /** One facet value and how many matching cars have it. */
    public record Bucket(String value, long count) {
    }

    /**
     * A band of a range facet and how many matching cars fall in it.
     *
     * @param label a text for the band: {@code £10,000 to £15,000}, {@code Up to 10,000 miles}
     * @param min   the band's lowest value, inclusive, or null for none
     * @param max   the band's highest value, inclusive, or null for none: set the filter's bounds to these
     */
    public record RangeBucket(String label, Long min, Long max, long count) {
    }
}
