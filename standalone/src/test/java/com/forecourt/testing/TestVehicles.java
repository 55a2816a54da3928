package com.forecourt.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Object mother for cars in integration tests, as GraphQL {@code ListVehicleInput} maps. */
public final class TestVehicles {

    private static final String VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";

    private TestVehicles() {
    }

    /** A well-formed VIN nobody else in this build uses. */
    public static String uniqueVin() {
        StringBuilder vin = new StringBuilder(17);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 17; i++) {
            vin.append(VIN_ALPHABET.charAt(random.nextInt(VIN_ALPHABET.length())));
        }
        return vin.toString();
    }

    public static Map<String, Object> aGolf(String vin) {
        return listing(vin, "Volkswagen", "Golf", "1.5 TSI Life", 1_649_500,
                "One owner, full service history, recently serviced.", List.of("Apple CarPlay", "Heated seats"));
    }

    public static Map<String, Object> listing(String vin, String make, String model, String variant, int pricePence,
                                              String description, List<String> features) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("vin", vin);
        input.put("make", make);
        input.put("model", model);
        input.put("variant", variant);
        input.put("year", 2021);
        input.put("mileage", 23_000);
        input.put("fuelType", "PETROL");
        input.put("transmission", "MANUAL");
        input.put("bodyType", "Hatchback");
        input.put("colour", "Blue");
        input.put("pricePence", pricePence);
        input.put("description", description);
        input.put("features", features);
        return input;
    }

    public static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(input);
        changed.put(field, value);
        return changed;
    }
}
