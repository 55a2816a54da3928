package com.forecourt.vehicle.query;

/**
 * Where a car stands in a sorted result list: the value it is sorted by, then its VIN, which breaks ties so the
 * order is total. A search continues after such a key (Elasticsearch's {@code search_after}), so cars listed
 * between two page requests neither repeat nor skip a car.
 *
 * @param value the sort value: relevance score, price in pence, model year, mileage, or listing time in epoch
 *              milliseconds; every one of them is exact as a double
 * @param vin   the car's VIN
 */
public record VehicleSortKey(double value, String vin) {
}
