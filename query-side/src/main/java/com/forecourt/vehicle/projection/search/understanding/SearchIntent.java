package com.forecourt.vehicle.projection.search.understanding;

import java.util.List;

/**
 * What a search text was read as: filters (in the order typed) and the words left to match.
 *
 * @param text      the search text as given
 * @param readings  the parts understood as filters
 * @param words     the words left, folded, each to be found in a car; words that carry no meaning are not among them
 * @param preferred the words left that describe rather than name ({@code family}, {@code small}): they rank the
 *                  cars whose listings use them and exclude none
 */
public record SearchIntent(String text, List<Reading> readings, List<String> words, List<String> preferred) {

    public SearchIntent {
        readings = List.copyOf(readings);
        words = List.copyOf(words);
        preferred = List.copyOf(preferred);
    }

    /** The words of the text a reading was read from, as typed. */
    public String typed(Reading reading) {
        return text.substring(reading.start(), reading.end());
    }

    /** The search text without the words of a reading: what to search to remove that filter. */
    public String without(Reading reading) {
        return (text.substring(0, reading.start()) + " " + text.substring(reading.end())).strip()
                .replaceAll("\\s+", " ");
    }

    /** The readings of one kind. */
    public List<Reading> readings(Reading.Kind kind) {
        return readings.stream().filter(r -> r.kind() == kind).toList();
    }
}
