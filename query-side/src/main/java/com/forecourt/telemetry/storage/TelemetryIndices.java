package com.forecourt.telemetry.storage;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the telemetry indices: one physical index per month of receive time (UTC),
 * {@code <prefix>telemetry-2026.11}, all behind the alias {@code <prefix>telemetry} that analysts query, with
 * {@code forecourt.elasticsearch.index-prefix} in front. The read models' indices are {@code <alias>_v<version>}, so
 * no name here can be taken for one of theirs.
 *
 * @param prefix the environment's index prefix, possibly empty
 */
public record TelemetryIndices(String prefix) {

    /** The alias without the prefix. */
    public static final String NAME = "telemetry";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu.MM");

    /** The alias analysts query. */
    public String alias() {
        return prefix + NAME;
    }

    /** The pattern of every month's index, for the index template and for listing them. */
    public String pattern() {
        return prefix + NAME + "-*";
    }

    /** The name of the index template that gives every month's index its mapping and the alias. */
    public String template() {
        return prefix + NAME;
    }

    /** The index of a month, e.g. {@code telemetry-2026.11}. */
    public String index(YearMonth month) {
        return prefix + NAME + "-" + MONTH.format(month);
    }

    /** The index of the month an event was received in, UTC. */
    public String indexFor(Instant receivedAt) {
        return index(YearMonth.from(receivedAt.atOffset(ZoneOffset.UTC)));
    }

    /** The month of an index named by {@link #index}; empty for any other name (the pattern matches more). */
    public Optional<YearMonth> month(String index) {
        Matcher name = Pattern.compile(Pattern.quote(prefix + NAME + "-") + "(\\d{4})\\.(\\d{2})").matcher(index);
        if (!name.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(name.group(2));
        return month < 1 || month > 12 ? Optional.empty()
                : Optional.of(YearMonth.of(Integer.parseInt(name.group(1)), month));
    }

    /**
     * The indices among {@code indices} whose every event is older than {@code retentionMonths} at the clock's
     * instant: those of the months before the current month (UTC) minus the retention. With 13 months at any moment of
     * November 2026, October 2025 is kept (its last days may not be 13 months old yet) and September 2025 goes. Names
     * that are not a month's index are never expired.
     */
    public List<String> expired(Collection<String> indices, Clock clock, int retentionMonths) {
        YearMonth oldestKept = YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)).minusMonths(retentionMonths);
        return indices.stream()
                .filter(index -> month(index).filter(month -> month.isBefore(oldestKept)).isPresent())
                .sorted()
                .toList();
    }
}
