package com.forecourt.vehicle.projection.search.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits text into folded words the way the index's standard analyzer does for the cases that matter here: runs of
 * letters and digits, with a point or comma between two digits kept ({@code 1.5}, {@code 15,000}) and an apostrophe
 * between two letters kept ({@code britain's}). Folding lower-cases (root locale) and drops accents, so
 * {@code Citroën} is {@code citroen}. Each word keeps its place in the original text and the characters just before
 * and after it, which the reading of prices and years needs ({@code £10k}, {@code 2019+}, {@code 10-15k}).
 */
public final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Words() {
    }

    /**
     * A word of a text.
     *
     * @param text   the folded word
     * @param start  index of its first character in the original text
     * @param end    index after its last character
     * @param before the character just before it, or 0 at the start
     * @param after  the character just after it, or 0 at the end
     */
    public record Word(String text, int start, int end, char before, char after) {
    }

    /** The words of a text, in order. */
    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if ((c == '.' || c == ',') && i + 1 < n && i > start
                        && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1))) {
                    i++;
                } else if ((c == '\'' || c == '\u2019') && i + 1 < n && i > start
                        && Character.isLetter(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            words.add(new Word(fold(text.substring(start, i)).replace('\u2019', '\''), start, i,
                    start > 0 ? text.charAt(start - 1) : 0, i < n ? text.charAt(i) : 0));
        }
        return words;
    }

    /** The folded words of a text, without their places. */
    public static List<String> texts(String text) {
        return of(text).stream().map(Word::text).toList();
    }

    /** Lower case in the root locale, accents dropped. */
    public static String fold(String text) {
        if (text.chars().allMatch(c -> c < 128)) {
            return text.toLowerCase(Locale.ROOT); // most words: no accent to drop
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll(""), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
