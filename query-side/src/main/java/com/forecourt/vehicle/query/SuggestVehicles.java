package com.forecourt.vehicle.query;

/**
 * Completes what a buyer is typing into make, model and variant phrases of cars on sale; answered with
 * {@link VehicleSuggestions}: distinct strings, best first.
 *
 * @param prefix what the buyer typed so far
 * @param limit  how many suggestions at most
 */
public record SuggestVehicles(String prefix, int limit) {
}
