package com.forecourt.vehicle.query;

/**
 * Full-text, typo-tolerant search over the catalogue; answered with a {@link VehicleSearchPage}.
 *
 * @param text   what the buyer typed, or null for everything; only ever used as match input, never as query DSL
 * @param filter facet and range restrictions
 * @param sort   result order
 * @param after  the key of the last car of the previous page, or null for the first page
 * @param limit  how many hits to return, 0 to 100
 */
public record SearchVehicles(String text, VehicleFilter filter, VehicleSort sort, VehicleSortKey after, int limit) {

    public SearchVehicles {
        filter = filter == null ? VehicleFilter.none() : filter;
        sort = sort == null ? VehicleSort.RELEVANCE : sort;
    }
}
