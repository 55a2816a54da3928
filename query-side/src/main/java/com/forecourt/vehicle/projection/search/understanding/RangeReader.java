package com.forecourt.vehicle.projection.search.understanding;

import com.forecourt.vehicle.projection.search.understanding.Words.Word;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads prices, years and mileages as buyers type them: {@code under 10k}, {@code under £15,000}, {@code £8k-£12k},
 * {@code between 10 and 15 grand}, {@code 2019 onwards}, {@code 2019+}, {@code after 2018}, {@code 2016-2019},
 * {@code 19 plate}, {@code under 30k miles}, {@code low mileage}. "Under", "over" and the like are strict bounds
 * (under £10,000 is at most £9,999.99); "up to", "from", a bare budget ({@code £10k}) include the amount. A bare
 * four-digit number is never a price or a year on its own: it may be a model (Peugeot 2008).
 */
final class RangeReader {

    /** What "low mileage" means: fewer than this many miles. */
    static final long LOW_MILEAGE = 30_000;

    private static final List<List<String>> BELOW = phrases("under", "below", "less than", "cheaper than", "sub",
            "lower than");
    private static final List<List<String>> AT_MOST = phrases("up to", "upto", "max", "maximum", "no more than",
            "at most", "within", "budget", "budget of", "max of", "not more than");
    private static final List<List<String>> ABOVE = phrases("over", "above", "more than", "dearer than");
    private static final List<List<String>> AT_LEAST = phrases("from", "at least", "min", "minimum", "starting at",
            "starting from");
    private static final List<List<String>> YEAR_AFTER = phrases("after", "newer than", "later than", "post");
    private static final List<List<String>> YEAR_SINCE = phrases("since", "from");
    private static final List<List<String>> YEAR_BEFORE = phrases("before", "older than", "pre", "earlier than");
    private static final List<List<String>> YEAR_ONWARDS = phrases("onwards", "onward", "on", "or newer", "or later",
            "and newer", "and later", "and up", "or above", "upwards", "plus", "or after", "and above", "or younger");
    private static final List<List<String>> YEAR_OR_OLDER = phrases("or older", "or earlier", "and older", "or before",
            "and earlier");
    private static final List<List<String>> PLATE = phrases("plate", "reg", "registration", "registered");
    private static final List<List<String>> THOUSAND = phrases("k", "grand", "thousand", "g");
    private static final List<List<String>> POUNDS = phrases("pounds", "pound", "quid", "gbp");
    private static final List<List<String>> MILES = phrases("miles", "mile", "mi", "mls", "mileage", "milage",
            "miles on the clock");
    private static final List<List<String>> LOW_MILES = phrases("low mileage", "low miles", "low milage",
            "lower mileage", "low mileage car", "low mileages");
    private static final List<List<String>> BETWEEN = phrases("between");
    private static final List<List<String>> AND_TO = phrases("and", "to");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(k)?");

    private RangeReader() {
    }

    /** A range read from words {@code from} to {@code to} (exclusive). */
    record Read(Reading reading, int to) {
    }

    /** An amount: its value in pounds or miles, whether it had a unit or currency, and the words it spans. */
    private record Amount(long value, boolean unit, boolean miles, int to, boolean decimal) {
        /** A price or a mileage, not a count: a unit, or at least 500. */
        boolean plausible() {
            return unit || value >= 500;
        }

        boolean yearLike() {
            return !unit && !miles && !decimal && value >= 1950 && value <= 2099;
        }
    }

    /** The range that starts at word {@code i} of the words of {@code text}, or null. */
    static Read readAt(String text, List<Word> words, int i) {
        Read read;
        if ((read = lowMileage(words, i)) != null
                || (read = bounded(words, i)) != null
                || (read = between(words, i)) != null
                || (read = yearWithSuffix(words, i)) != null
                || (read = plate(words, i)) != null
                || (read = span(text, words, i)) != null
                || (read = budget(words, i)) != null) {
            return read;
        }
        return null;
    }

    private static Read lowMileage(List<Word> words, int i) {
        int to = match(words, i, LOW_MILES);
        if (to < 0) {
            return null;
        }
        return new Read(new Reading(Reading.Kind.MILEAGE, null, null, LOW_MILEAGE - 1,
                "Low mileage (under " + grouped(LOW_MILEAGE) + " miles)", words.get(i).start(),
                words.get(to - 1).end()), to);
    }

    /** under/over/up to/from/after/before and an amount or a year. */
    private static Read bounded(List<Word> words, int i) {
        int to;
        if ((to = match(words, i, YEAR_AFTER)) > 0 && year(words, to) != null) {
            return year(words, i, to + 1, year(words, to) + 1, null);
        }
        if ((to = match(words, i, YEAR_BEFORE)) > 0 && year(words, to) != null) {
            return year(words, i, to + 1, null, year(words, to) - 1);
        }
        if ((to = match(words, i, YEAR_SINCE)) > 0 && year(words, to) != null) {
            return year(words, i, to + 1, year(words, to), null);
        }
        boolean below = (to = match(words, i, BELOW)) > 0;
        if (below || (to = match(words, i, AT_MOST)) > 0) {
            Amount amount = amount(words, to);
            if (amount == null || !amount.plausible()) {
                return null;
            }
            long max = below ? amount.value() - 1 : amount.value();
            String label = (below ? "Under " : "Up to ") + describe(amount);
            return amount.miles() ? range(Reading.Kind.MILEAGE, null, max, label, words, i, amount.to())
                    : priced(null, max * 100 + (below ? 99 : 0), label, words, i, amount);
        }
        boolean above = (to = match(words, i, ABOVE)) > 0;
        if (above || (to = match(words, i, AT_LEAST)) > 0) {
            Amount amount = amount(words, to);
            if (amount == null || !amount.plausible()) {
                return null;
            }
            long min = above ? amount.value() + 1 : amount.value();
            String label = (above ? "Over " : "From ") + describe(amount);
            return amount.miles() ? range(Reading.Kind.MILEAGE, min, null, label, words, i, amount.to())
                    : priced(above ? amount.value() * 100 + 1 : min * 100, null, label, words, i, amount);
        }
        return null;
    }

    /** between A and B. */
    private static Read between(List<Word> words, int i) {
        int to = match(words, i, BETWEEN);
        if (to < 0) {
            return null;
        }
        Amount first = amount(words, to);
        if (first == null) {
            return null;
        }
        int and = match(words, first.to(), AND_TO);
        if (and < 0) {
            return null;
        }
        Amount second = amount(words, and);
        return second == null ? null : pair(words, i, first, second);
    }

    /** A-B or A to B, with a unit on at least one side, or two years. */
    private static Read span(String text, List<Word> words, int i) {
        Amount first = amount(words, i);
        if (first == null) {
            return null;
        }
        int next = first.to();
        if (next < words.size() && dashBetween(text, words.get(next - 1), words.get(next))) {
            Amount second = amount(words, next);
            return second == null ? null : pair(words, i, first, second);
        }
        int to = match(words, next, AND_TO);
        if (to > 0 && words.get(next).text().equals("to")) {
            Amount second = amount(words, to);
            return second == null ? null : pair(words, i, first, second);
        }
        return null;
    }

    private static Read pair(List<Word> words, int i, Amount first, Amount second) {
        if (first.yearLike() && second.yearLike()) {
            long low = Math.min(first.value(), second.value());
            long high = Math.max(first.value(), second.value());
            return year(words, i, second.to(), low, high);
        }
        if (!first.unit() && !second.unit()) {
            return null;
        }
        boolean miles = first.miles() || second.miles();
        long low = first.value();
        long high = second.value();
        if (!first.unit() && second.unit() && low < 1000 && high >= 1000) {
            low = low * 1000; // 10-15k
        }
        if (low > high) {
            long swap = low;
            low = high;
            high = swap;
        }
        if (miles) {
            return range(Reading.Kind.MILEAGE, low, high, grouped(low) + " to " + grouped(high) + " miles", words, i,
                    second.to());
        }
        return priced(low * 100, high * 100, "£" + grouped(low) + " to £" + grouped(high), words, i, second);
    }

    /** 2019 onwards, 2019+, 2015 or older. */
    private static Read yearWithSuffix(List<Word> words, int i) {
        Long year = year(words, i);
        if (year == null) {
            return null;
        }
        if (words.get(i).after() == '+') {
            return year(words, i, i + 1, year, null);
        }
        int to;
        if ((to = match(words, i + 1, YEAR_ONWARDS)) > 0) {
            return year(words, i, to, year, null);
        }
        if ((to = match(words, i + 1, YEAR_OR_OLDER)) > 0) {
            return year(words, i, to, null, year);
        }
        return null;
    }

    /** 19 plate, 69 reg, 2019 reg: registered in that year. */
    private static Read plate(List<Word> words, int i) {
        String text = words.get(i).text();
        int to = match(words, i + 1, PLATE);
        if (to < 0) {
            return null;
        }
        long year;
        if (text.matches("\\d{2}")) {
            int plate = Integer.parseInt(text);
            year = plate >= 51 ? 2000 + plate - 50 : 2000 + plate; // September plates add 50 to the year
            if (plate == 0 || plate == 50) {
                return null;
            }
        } else if (year(words, i) != null) {
            year = year(words, i);
        } else {
            return null;
        }
        return year(words, i, to, year, year);
    }

    /** A budget with a unit or currency and nothing around it: £10k, 15 grand, 30k miles. */
    private static Read budget(List<Word> words, int i) {
        Amount amount = amount(words, i);
        if (amount == null || !amount.unit()) {
            return null;
        }
        if (amount.miles()) {
            return range(Reading.Kind.MILEAGE, null, amount.value(), "Up to " + describe(amount), words, i,
                    amount.to());
        }
        return priced(null, amount.value() * 100, "Up to " + describe(amount), words, i, amount);
    }

    private static Read priced(Long min, Long max, String label, List<Word> words, int i, Amount last) {
        return range(Reading.Kind.PRICE, min, max, label, words, i, last.to());
    }

    private static Read year(List<Word> words, int from, int to, Long min, Long max) {
        String label = min != null && max != null ? (min.equals(max) ? String.valueOf(min) : min + " to " + max)
                : min != null ? min + " or newer" : max + " or older";
        return range(Reading.Kind.YEAR, min, max, label, words, from, to);
    }

    private static Read range(Reading.Kind kind, Long min, Long max, String label, List<Word> words, int from, int to) {
        return new Read(new Reading(kind, null, min, max, label, words.get(from).start(), words.get(to - 1).end()), to);
    }

    /** A four-digit year at word {@code i}, without unit or currency, or null. */
    private static Long year(List<Word> words, int i) {
        Amount amount = amount(words, i);
        return amount != null && amount.yearLike() && amount.to() == i + 1 ? amount.value() : null;
    }

    /** The amount at word {@code i}, with the words after it that belong to it, or null. */
    private static Amount amount(List<Word> words, int i) {
        if (i >= words.size()) {
            return null;
        }
        Word word = words.get(i);
        Matcher m = NUMBER.matcher(word.text());
        if (!m.matches()) {
            return null;
        }
        boolean currency = word.before() == '£';
        boolean thousands = m.group(3) != null;
        int to = i + 1;
        int after = match(words, to, THOUSAND);
        if (!thousands && after > 0 && !isDash(word.after())) {
            thousands = true;
            to = after;
        }
        if (m.group(2) != null && !thousands) {
            return null; // 1.5 is an engine, not a price
        }
        double value = Double.parseDouble(m.group(1).replace(",", "") + (m.group(2) == null ? "" : "." + m.group(2)));
        long amount = Math.round(thousands ? value * 1000 : value);
        int pounds = match(words, to, POUNDS);
        if (pounds > 0) {
            currency = true;
            to = pounds;
        }
        int miles = match(words, to, MILES);
        if (miles > 0 && !currency) {
            return new Amount(amount, true, true, miles, m.group(2) != null);
        }
        if (amount > 100_000_000L) {
            return null;
        }
        return new Amount(amount, currency || thousands, false, to, m.group(2) != null);
    }

    private static String describe(Amount amount) {
        return amount.miles() ? grouped(amount.value()) + " miles" : "£" + grouped(amount.value());
    }

    private static String grouped(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    /** Whether only a dash, with spaces or a pound sign, stands between two words: 10-15k, £8k - £12k. */
    private static boolean dashBetween(String text, Word first, Word second) {
        String gap = text.substring(first.end(), second.start()).replace(" ", "").replace("£", "");
        return gap.length() == 1 && isDash(gap.charAt(0));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** The index after the longest of the phrases that starts at word {@code i}, or -1. */
    private static int match(List<Word> words, int i, List<List<String>> phrases) {
        int best = -1;
        for (List<String> phrase : phrases) {
            if (i + phrase.size() > words.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < phrase.size() && matches; k++) {
                matches = words.get(i + k).text().equals(phrase.get(k));
            }
            if (matches && i + phrase.size() > best) {
                best = i + phrase.size();
            }
        }
        return best;
    }

    private static List<List<String>> phrases(String... phrases) {
        return java.util.Arrays.stream(phrases).map(Words::texts).toList();
    }
}
