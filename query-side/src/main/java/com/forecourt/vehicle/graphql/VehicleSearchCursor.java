package com.forecourt.vehicle.graphql;

import com.forecourt.queryside.graphql.Paging;
import com.forecourt.vehicle.api.Vin;
import com.forecourt.vehicle.query.VehicleSort;
import com.forecourt.vehicle.query.VehicleSortKey;

import java.util.List;

/**
 * Cursors of {@code searchVehicles}: the sort order and the {@link VehicleSortKey} of the last car of a page, so the
 * next page continues after that car whatever was listed meanwhile. A cursor only continues the sort order it was
 * issued for; its sort value must be a finite number (not negative unless the order is by relevance) and its VIN
 * well-formed, or it is refused with BAD_USER_INPUT.
 */
final class VehicleSearchCursor {

    static final String KIND = "vehicles";

    private VehicleSearchCursor() {
    }

    static String encode(VehicleSort sort, VehicleSortKey key) {
        return Paging.cursor(KIND, sort.name(), Double.toString(key.value()), key.vin());
    }

    /** The key to continue after, or null without a cursor. */
    static VehicleSortKey decode(String cursor, VehicleSort sort) {
        if (cursor == null) {
            return null;
        }
        List<String> fields = Paging.fields(cursor, KIND, 3);
        if (!sort.name().equals(fields.get(0))) {
            throw Paging.invalidCursor("it continues another sort order");
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
        return new VehicleSortKey(value, fields.get(2));
    }
}
