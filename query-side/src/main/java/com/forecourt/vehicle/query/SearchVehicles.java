package com.forecourt.vehicle.query;

/**
 * Full-text, typo-tolerant search over the catalogue that understands buyers' words; answered with a
 * {@link VehicleSearchPage}.
 *
 * @param text       what the buyer typed, or null for everything; only ever read by Forecourt and used as match
 *                   input, never as query DSL
 * @param filter     facet and range restrictions
 * @param sort       result order
 * @param after      the key of the last car of the previous page, or null for the first page
 * @param limit      how many hits to return, 0 to 100
 * @param relaxation how the first page was widened, so that a later page continues the same list; null on the first
 *                   page (the search then widens itself when the text finds nothing) and on later pages of a search
 *                   that was not widened
 * @param continued  whether this continues a list (a later page), so that it never widens on its own
 * @param parts      the optional parts of the answer to compute; null for all
 */
public record SearchVehicles(String text, VehicleFilter filter, VehicleSort sort, VehicleSortKey after, int limit,
                             SearchRelaxation.Kind relaxation, boolean continued, SearchParts parts) {

    public SearchVehicles {
        filter = filter == null ? VehicleFilter.none() : filter;
        sort = sort == null ? VehicleSort.RELEVANCE : sort;
        parts = parts == null ? SearchParts.all() : parts;
    }

    /** A first page with every part of the answer. */
    public SearchVehicles(String text, VehicleFilter filter, VehicleSort sort, VehicleSortKey after, int limit) {
        this(text, filter, sort, after, limit, null, after != null, SearchParts.all());
    }
}
