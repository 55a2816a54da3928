package com.forecourt.telemetry.event;

import com.forecourt.vehicle.query.SearchInterpretation;
import com.forecourt.vehicle.query.SearchRelaxation;
import com.forecourt.vehicle.query.VehicleSort;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buyer was shown the first page of a search: what they typed (null when they only filtered), the filters, the
 * sort and how many cars matched (a search that found nothing is one with {@code resultCount} 0); how the search
 * widened because nothing matched as typed (null when it did not) and the kinds of filter it read from the words,
 * in the order typed.
 */
public record SearchMade(Instant clientTime, String text, SearchFilters filters, VehicleSort sort, int resultCount,
                         SearchRelaxation.Kind widened, List<SearchInterpretation.Kind> understood)
        implements TelemetryEvent {

    public SearchMade {
        understood = List.copyOf(understood);
    }

    /** Longest search text, as {@code searchVehicles(query)} takes it. */
    public static final int MAX_TEXT = 200;

    static SearchMade read(EventFields fields) {
        String sort = fields.optionalText("sort", 20);
        String widened = fields.optionalText("widened", 30);
        return new SearchMade(fields.clientTime(), fields.searchText("text", MAX_TEXT),
                SearchFilters.read(fields.child("filters")), sort == null ? null : VehicleSort.valueOf(sort),
                fields.node().get("resultCount").intValue(),
                widened == null ? null : SearchRelaxation.Kind.valueOf(widened),
                fields.names("understood").stream().map(SearchInterpretation.Kind::valueOf).toList());
    }

    @Override
    public TelemetryEventType type() {
        return TelemetryEventType.SEARCH_MADE;
    }

    @Override
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (text != null) {
            fields.put("text", text);
        }
        fields.put("hasText", text != null);
        Map<String, Object> filterFields = filters.fields();
        if (!filterFields.isEmpty()) {
            fields.put("filters", filterFields);
        }
        fields.put("filterCount", filterFields.size());
        if (sort != null) {
            fields.put("sort", sort.name());
        }
        fields.put("resultCount", resultCount);
        if (widened != null) {
            fields.put("widened", widened.name());
        }
        if (!understood.isEmpty()) {
            fields.put("understood", understood.stream().map(Enum::name).toList());
        }
        return fields;
    }
}
