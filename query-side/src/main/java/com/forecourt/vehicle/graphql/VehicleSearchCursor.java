package com.forecourt.vehicle.graphql;

import com.forecourt.queryside.graphql.Paging;
import com.forecourt.vehicle.api.Vin;
import com.forecourt.vehicle.query.SearchRelaxation;
import com.forecourt.vehicle.query.VehicleSort;
import com.forecourt.vehicle.query.VehicleSortKey;

import java.util.List;

/**
 * Cursors of {@code searchVehicles}: the sort order, how the first page was widened if it was, and the
 * {@link VehicleSortKey} of the last car of a page, so the next page continues after that car, under the same rules,
 * whatever was listed meanwhile. A cursor only continues the sort order it was issued for; its sort value must be a
 * finite number (not negative unless the order is by relevance), its widening one the search knows and its VIN
 * well-formed, or it is refused with BAD_USER_INPUT. Cursors issued before widenings existed carry none and stay
 * valid.
 */
final class VehicleSearchCursor {

    static final String KIND = "vehicles";
    private static final String WIDENED = "/";

    private VehicleSearchCursor() {
    }

    /** Where a later page starts: after a key, under the widening of the first page (null for none). */
    record Continuation(VehicleSortKey after, SearchRelaxation.Kind relaxation) {
    }

    static String encode(VehicleSort sort, VehicleSortKey key) {
        return encode(sort, key, null);
    }

    static String encode(VehicleSort sort, VehicleSortKey key, SearchRelaxation.Kind relaxation) {
        String order = relaxation == null ? sort.name() : sort.name() + WIDENED + relaxation.name();
        return Paging.cursor(KIND, order, Double.toString(key.value()), key.vin());
    }

    /** The key to continue after, or null without a cursor. */
    static VehicleSortKey decode(String cursor, VehicleSort sort) {
        Continuation continuation = continuation(cursor, sort);
        return continuation == null ? null : continuation.after();
    }

    /** The key to continue after and the widening to continue, or null without a cursor. */
    static Continuation continuation(String cursor, VehicleSort sort) {
        if (cursor == null) {
            return null;
        }
        List<String> fields = Paging.fields(cursor, KIND, 3);
        String[] order = fields.get(0).split(WIDENED, -1);
        if (!sort.name().equals(order[0])) {
            throw Paging.invalidCursor("it continues another sort order");
        }
        SearchRelaxation.Kind relaxation = null;
        if (order.length > 2) {
            throw Paging.invalidCursor("it is not a cursor this API issued");
        } else if (order.length == 2) {
            try {
                relaxation = SearchRelaxation.Kind.valueOf(order[1]);
            } catch (IllegalArgumentException unknown) {
                throw Paging.invalidCursor("it is not a cursor this API issued");
            }
        }
        double value;
        try {
            value = Double.parseDouble(fields.get(1));
        } catch (NumberFormatException notANumber) {
            throw Paging.invalidCursor("it is not a cursor this API issued");
        }
        if (!Double.isFinite(value) || (value < 0 && sort != VehicleSort.RELEVANCE)) {
            throw Paging.invalidCursor("its position is outside the list");
        }
        if (!Vin.isValid(fields.get(2))) {
            throw Paging.invalidCursor("it is not a cursor this API issued");
        }
        return new Continuation(new VehicleSortKey(value, fields.get(2)), relaxation);
    }
}
