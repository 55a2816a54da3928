package com.forecourt.vehicle.query;

import java.util.List;

/**
 * The answer to {@link SuggestVehicles}: distinct make, model and variant phrases, best first. A named record like
 * every other answer, so that no query answers with a bare collection (ADR 10).
 */
public record VehicleSuggestions(List<String> suggestions) {

    public VehicleSuggestions {
        suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
    }
}
