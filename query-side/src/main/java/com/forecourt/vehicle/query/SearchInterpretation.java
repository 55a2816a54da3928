package com.forecourt.vehicle.query;

/**
 * A part of the search text the search understood as a filter, for a chip the buyer can remove.
 *
 * @param kind         what it restricts
 * @param text         the words of the search text it was read from, as typed
 * @param label        a short text for the chip: {@code Volkswagen}, {@code Diesel}, {@code Under £10,000}
 * @param value        what it filters on: the make as the vocabulary spells it, the FuelType or Transmission name,
 *                     the body type, the colour family or the feature; null for a range
 * @param min          the lowest value a range allows, inclusive (price in pence, year, miles), or null
 * @param max          the highest value a range allows, inclusive, or null
 * @param queryWithout the search text without these words: searching it removes the chip
 */
public record SearchInterpretation(Kind kind, String text, String label, String value, Long min, Long max,
                                   String queryWithout) {

    /** What an understood part restricts. */
    public enum Kind { MAKE, FUEL_TYPE, TRANSMISSION, BODY_TYPE, COLOUR, FEATURE, PRICE, YEAR, MILEAGE }
}
