package com.forecourt.vehicle.projection.search.understanding;

/**
 * A part of a search text read as a filter: a concept of the vocabulary, or a price, year or mileage range.
 *
 * @param kind    what it restricts
 * @param concept the concept, for every kind but the ranges; null for them
 * @param min     the lowest value allowed, inclusive (price in pence, year, miles), or null
 * @param max     the highest value allowed, inclusive, or null
 * @param label   a short text for a chip: {@code Diesel}, {@code Under £10,000}, {@code 2019 or newer}
 * @param start   index of the first character of the words it was read from, in the search text
 * @param end     index after their last character
 */
public record Reading(Kind kind, Concept concept, Long min, Long max, String label, int start, int end) {

    /** What a reading restricts. */
    public enum Kind { MAKE, FUEL, GEARBOX, BODY, COLOUR, FEATURE, PRICE, YEAR, MILEAGE }

    static Reading of(Concept concept, int start, int end) {
        Kind kind = switch (concept.kind()) {
            case MAKE -> Kind.MAKE;
            case FUEL -> Kind.FUEL;
            case GEARBOX -> Kind.GEARBOX;
            case BODY -> Kind.BODY;
            case COLOUR -> Kind.COLOUR;
            case FEATURE -> Kind.FEATURE;
        };
        return new Reading(kind, concept, null, null, concept.label(), start, end);
    }
}
