package com.forecourt.vehicle.projection.search;

import com.forecourt.vehicle.query.VehicleSearchPage;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The bands of the price and mileage facets: what UK buyers pick between. */
final class SearchBands {

    /** Price band boundaries in pounds. */
    static final List<Long> PRICE_POUNDS = List.of(5_000L, 10_000L, 15_000L, 20_000L, 30_000L, 50_000L);
    /** Mileage band boundaries in miles. */
    static final List<Long> MILES = List.of(10_000L, 30_000L, 60_000L, 100_000L);

    private static final List<Band> PRICE = bands(PRICE_POUNDS, 100, "£", "");
    private static final List<Band> MILEAGE = bands(MILES, 1, "", " miles");

    private SearchBands() {
    }

    /** A band: key for the aggregation, bounds inclusive (null for none), label. */
    record Band(String key, Long min, Long max, String label) {
    }

    /** Price bands in pence: up to £4,999.99, £5,000 to £9,999.99, ..., £50,000 and over. */
    static List<Band> price() {
        return PRICE;
    }

    /** Mileage bands in miles: up to 9,999, 10,000 to 29,999, ..., 100,000 and over. */
    static List<Band> mileage() {
        return MILEAGE;
    }

    private static List<Band> bands(List<Long> bounds, long unit, String prefix, String suffix) {
        List<Band> bands = new ArrayList<>();
        Long from = null;
        for (long bound : bounds) {
            String label = from == null ? "Under " + prefix + grouped(bound) + suffix
                    : prefix + grouped(from) + " to " + prefix + grouped(bound) + suffix;
            bands.add(new Band(String.valueOf(bound), from == null ? null : from * unit, bound * unit - 1, label));
            from = bound;
        }
        bands.add(new Band("over", from * unit, null, prefix + grouped(from) + suffix + " and over"));
        return List.copyOf(bands);
    }

    static VehicleSearchPage.RangeBucket bucket(Band band, long count) {
        return new VehicleSearchPage.RangeBucket(band.label(), band.min(), band.max(), count);
    }

    private static String grouped(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }
}
