package com.forecourt.vehicle.query;

import java.util.List;

/**
 * How a search that found nothing as typed was widened to show the nearest cars.
 *
 * @param kind           what was given up
 * @param unmatchedWords words of the text no car in the answer matches
 * @param similarMakes   for {@link Kind#SIMILAR_MAKES}, the makes shown instead of those not in stock
 */
public record SearchRelaxation(Kind kind, List<String> unmatchedWords, List<String> similarMakes) {

    public SearchRelaxation {
        unmatchedWords = List.copyOf(unmatchedWords);
        similarMakes = List.copyOf(similarMakes);
    }

    /** What a widened search gave up, from the least to the most. */
    public enum Kind {
        /** Not every word must match: cars matching more words come first. */
        FEWER_WORDS,
        /** A make asked for has no car on sale: cars of similar makes, with the other filters, are shown. */
        SIMILAR_MAKES,
        /** The filters understood in the text became preferences: cars meeting more of them come first. */
        FILTERS_AS_PREFERENCES
    }
}
