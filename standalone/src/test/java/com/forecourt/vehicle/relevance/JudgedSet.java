package com.forecourt.vehicle.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The judged relevance set in {@code src/test/resources/search}: a forecourt of realistic used cars
 * ({@code catalogue.txt}) and buyers' queries, each with the cars that answer it ({@code judgments.txt}).
 */
public final class JudgedSet {

    private JudgedSet() {
    }

    /** A car of the catalogue, with its id in the judgments; price in pounds. */
    public record Car(String id, String make, String model, String variant, int year, int mileage, String fuelType,
                      String transmission, String bodyType, String colour, int pricePounds, List<String> features,
                      String description) {

        /** The car as a GraphQL {@code ListVehicleInput} under a VIN. */
        public Map<String, Object> listing(String vin) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("vin", vin);
            input.put("make", make);
            input.put("model", model);
            input.put("variant", variant);
            input.put("year", year);
            input.put("mileage", mileage);
            input.put("fuelType", fuelType);
            input.put("transmission", transmission);
            input.put("bodyType", bodyType);
            input.put("colour", colour);
            input.put("pricePence", pricePounds * 100);
            input.put("description", description);
            input.put("features", features);
            return input;
        }
    }

    /** A buyer's query and the ids of the cars that answer it. */
    public record Judgment(String query, Set<String> relevant, String why) {
    }

    public static List<Car> catalogue() {
        List<Car> cars = new ArrayList<>();
        for (String[] f : rows("search/catalogue.txt", 13)) {
            cars.add(new Car(f[0], f[1], f[2], f[3], Integer.parseInt(f[4]), Integer.parseInt(f[5]), f[6], f[7], f[8],
                    f[9], Integer.parseInt(f[10]), Arrays.asList(f[11].split(";")), f[12]));
        }
        return cars;
    }

    public static List<Judgment> judgments() {
        List<Judgment> judgments = new ArrayList<>();
        for (String[] f : rows("search/judgments.txt", 3)) {
            judgments.add(new Judgment(f[0], new LinkedHashSet<>(Arrays.asList(f[1].split(","))), f[2]));
        }
        return judgments;
    }

    private static List<String[]> rows(String resource, int columns) {
        try (InputStream in = JudgedSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\|", -1);
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + ": " + columns + " fields expected in " + line);
                }
                for (int i = 0; i < fields.length; i++) {
                    fields[i] = fields[i].strip();
                }
                rows.add(fields);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
