package com.forecourt.telemetry.event;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The filters of a search as {@code VehicleFilter} has them (without status); empty lists and nulls mean none. */
public record SearchFilters(List<String> make, List<String> bodyType, List<FuelType> fuelType,
                            List<Transmission> transmission, Integer minPricePence, Integer maxPricePence,
                            Integer minYear, Integer maxYear, Integer maxMileage, List<String> colour,
                            Integer minMileage) {

    /** As {@code VehicleFilter.make}, {@code .bodyType} and {@code .colour} take their values. */
    public static final int MAX_WORD = 100;

    public SearchFilters {
        make = List.copyOf(make);
        bodyType = List.copyOf(bodyType);
        fuelType = List.copyOf(fuelType);
        transmission = List.copyOf(transmission);
        colour = List.copyOf(colour);
    }

    /** No filter at all. */
    public static SearchFilters none() {
        return new SearchFilters(List.of(), List.of(), List.of(), List.of(), null, null, null, null, null, List.of(),
                null);
    }

    static SearchFilters read(EventFields filters) {
        if (filters == null) {
            return none();
        }
        return new SearchFilters(filters.words("make", MAX_WORD), filters.words("bodyType", MAX_WORD),
                filters.names("fuelType").stream().map(FuelType::valueOf).toList(),
                filters.names("transmission").stream().map(Transmission::valueOf).toList(),
                filters.optionalInteger("minPricePence"), filters.optionalInteger("maxPricePence"),
                filters.optionalInteger("minYear"), filters.optionalInteger("maxYear"),
                filters.optionalInteger("maxMileage"), filters.words("colour", MAX_WORD),
                filters.optionalInteger("minMileage"));
    }

    /** The filters that are set, by their mapped names. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        putList(fields, "make", make);
        putList(fields, "bodyType", bodyType);
        putList(fields, "fuelType", fuelType.stream().map(Enum::name).toList());
        putList(fields, "transmission", transmission.stream().map(Enum::name).toList());
        putValue(fields, "minPricePence", minPricePence);
        putValue(fields, "maxPricePence", maxPricePence);
        putValue(fields, "minYear", minYear);
        putValue(fields, "maxYear", maxYear);
        putValue(fields, "maxMileage", maxMileage);
        putList(fields, "colour", colour);
        putValue(fields, "minMileage", minMileage);
        return fields;
    }

    private static void putList(Map<String, Object> fields, String name, List<String> values) {
        if (!values.isEmpty()) {
            fields.put(name, values);
        }
    }

    private static void putValue(Map<String, Object> fields, String name, Integer value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
