package com.forecourt.vehicle.projection.search.understanding;

import com.forecourt.vehicle.projection.search.understanding.Words.Word;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a search text as a buyer meant it. First prices, years and mileages ({@link RangeReader}), then, on the
 * words left, the longest phrase of the vocabulary at each word: a concept becomes a filter ({@link Reading}), a
 * phrase that names a model stays words, a phrase that carries no meaning is dropped. Whatever is left are the words
 * a car must match, but for words that describe rather than name ({@code family}, {@code small}), which only rank. A word that is no phrase is tried without a plural {@code s} against every concept but the makes
 * (so {@code estates} is Estate, while {@code seats} never becomes SEAT).
 */
public final class SearchInterpreter {

    /** The most words of a text that are matched; any beyond are ignored. */
    public static final int MAX_WORDS = 12;

    private static final Set<ConceptKind> PLURALS = EnumSet.complementOf(EnumSet.of(ConceptKind.MAKE));

    private final Vocabulary vocabulary;

    public SearchInterpreter(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** What a text means; a null or blank text means nothing, and everything is shown. */
    public SearchIntent read(String text) {
        if (text == null || text.isBlank()) {
            return new SearchIntent(text == null ? "" : text, List.of(), List.of(), List.of());
        }
        List<Word> words = Words.of(text);
        int n = words.size();
        boolean[] used = new boolean[n];
        List<Reading> readings = new ArrayList<>();
        for (int i = 0; i < n; ) {
            RangeReader.Read read = RangeReader.readAt(text, words, i);
            if (read == null) {
                i++;
                continue;
            }
            readings.add(read.reading());
            for (int k = i; k < read.to(); k++) {
                used[k] = true;
            }
            i = read.to();
        }
        List<String> free = new ArrayList<>();
        for (int i = 0; i < n; ) {
            if (used[i]) {
                i++;
                continue;
            }
            int length = longestPhrase(words, used, i);
            if (length > 0) {
                List<String> phrase = texts(words, i, length);
                if (vocabulary.kept(phrase)) {
                    free.addAll(phrase);
                } else if (!vocabulary.ignored(phrase)) {
                    Concept concept = vocabulary.named(phrase);
                    addOnce(readings, Reading.of(concept, words.get(i).start(), words.get(i + length - 1).end()));
                }
                i += length;
                continue;
            }
            String word = words.get(i).text();
            Concept singular = singular(word);
            if (singular != null) {
                addOnce(readings, Reading.of(singular, words.get(i).start(), words.get(i).end()));
            } else {
                free.add(word);
            }
            i++;
        }
        readings.sort(java.util.Comparator.comparingInt(Reading::start));
        List<String> distinct = free.stream().distinct().limit(MAX_WORDS).toList();
        return new SearchIntent(text, readings, distinct.stream().filter(w -> !vocabulary.preferred(w)).toList(),
                distinct.stream().filter(vocabulary::preferred).toList());
    }

    /** The length of the longest phrase of the vocabulary (concept, kept or ignored) at word {@code i}, or 0. */
    private int longestPhrase(List<Word> words, boolean[] used, int i) {
        int max = Math.min(vocabulary.longestPhrase(), words.size() - i);
        for (int length = max; length >= 1; length--) {
            boolean free = true;
            for (int k = i; k < i + length && free; k++) {
                free = !used[k];
            }
            if (!free) {
                continue;
            }
            List<String> phrase = texts(words, i, length);
            if (vocabulary.named(phrase) != null || vocabulary.kept(phrase) || vocabulary.ignored(phrase)) {
                return length;
            }
        }
        return 0;
    }

    private Concept singular(String word) {
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return null;
        }
        Concept concept = vocabulary.named(List.of(word.substring(0, word.length() - 1)));
        return concept != null && PLURALS.contains(concept.kind()) ? concept : null;
    }

    /** The same concept named twice ({@code diesel diesel}) is one filter. */
    private static void addOnce(List<Reading> readings, Reading reading) {
        boolean known = readings.stream().anyMatch(r -> r.concept() != null && r.concept().equals(reading.concept()));
        if (!known) {
            readings.add(reading);
        }
    }

    private static List<String> texts(List<Word> words, int from, int length) {
        return words.subList(from, from + length).stream().map(Word::text).toList();
    }
}
