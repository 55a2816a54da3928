package com.forecourt.vehicle.projection.search.understanding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the vocabulary adds to a car in the index ({@code derived} in {@code elasticsearch/vehicles.json}), so that
 * buyers' words find it: other spellings of its make and model, the parts of its variant ({@code xdrive20d} is also
 * {@code xdrive}, {@code 20d}), its attributes in words, its body type and colour family, and the ids of every
 * concept it has, for filters.
 *
 * @param make         the make and its other spellings ({@code Volkswagen}, {@code vw}, {@code volkswagon})
 * @param model        the model, its joined spellings ({@code cclass}, {@code 3series}) and the vocabulary's others
 * @param variant      the variant and the parts of its words that mix letters and digits
 * @param attributes   the year, fuel, gearbox, body type, colour and colour family, and features, in words
 * @param bodyStyle    the vocabulary's body type ({@code Estate} for {@code Sports Tourer}), else the listing's
 * @param colourFamily the colour family ({@code Red} for {@code Tornado Red}), else the listing's colour
 * @param concepts     ids of the concepts the car has ({@code make:volkswagen}, {@code body:estate},
 *                     {@code feature:tow-bar})
 * @param spelling     the words "did you mean" may offer; empty for a car not on sale
 * @param vocabulary   the version of the vocabulary these words come from
 */
public record DerivedWords(List<String> make, List<String> model, List<String> variant, List<String> attributes,
                           String bodyStyle, String colourFamily, List<String> concepts, List<String> spelling,
                           int vocabulary) {

    /** The facts of a car the derived words are made from. */
    public record Car(String make, String model, String variant, int year, String fuelType, String transmission,
                      String bodyType, String colour, String description, List<String> features, boolean onSale) {
    }

    public static DerivedWords of(Vocabulary vocabulary, Car car) {
        Set<String> concepts = new LinkedHashSet<>();
        Set<String> make = new LinkedHashSet<>(List.of(car.make()));
        Concept makeConcept = vocabulary.make(car.make());
        if (makeConcept != null) {
            concepts.add(makeConcept.id());
            make.add(makeConcept.label());
            makeConcept.phrases().forEach(phrase -> make.add(String.join(" ", phrase)));
        }
        Set<String> model = new LinkedHashSet<>(List.of(car.model()));
        model.addAll(joined(Words.texts(car.model())));
        for (String spelling : vocabulary.modelSpellings(car.make(), car.model())) {
            model.add(spelling);
            model.addAll(joined(Words.texts(spelling)));
        }
        Set<String> variant = new LinkedHashSet<>();
        if (car.variant() != null) {
            variant.add(car.variant());
            for (String word : Words.texts(car.variant())) {
                variant.addAll(parts(word));
            }
            variant.addAll(joined(Words.texts(car.variant())));
        }
        Set<String> attributes = new LinkedHashSet<>(List.of(String.valueOf(car.year()), car.bodyType(), car.colour()));
        for (Concept concept : vocabulary.concepts()) {
            if (concept.value() != null && (concept.value().equals(car.fuelType())
                    || concept.value().equals(car.transmission()))) {
                concepts.add(concept.id());
            }
        }
        Concept body = last(vocabulary, car.bodyType(), ConceptKind.BODY);
        String bodyStyle = body == null ? car.bodyType() : body.label();
        if (body != null) {
            concepts.add(body.id());
        }
        Concept colour = last(vocabulary, car.colour(), ConceptKind.COLOUR);
        String colourFamily = colour == null ? car.colour() : colour.label();
        if (colour != null) {
            concepts.add(colour.id());
        }
        List<String> texts = new ArrayList<>(car.features() == null ? List.of() : car.features());
        texts.add(car.description() == null ? "" : car.description());
        texts.add(car.variant() == null ? "" : car.variant());
        texts.add(car.model());
        for (String text : texts) {
            features(vocabulary, text, concepts);
        }
        for (Concept concept : vocabulary.concepts()) {
            boolean given = concepts.contains(concept.id())
                    || vocabulary.whenIds(concept).stream().anyMatch(concepts::contains);
            String unless = vocabulary.unlessId(concept);
            boolean excluded = unless != null && concepts.contains(unless);
            if (given && !excluded) {
                concepts.add(concept.id());
            } else if (excluded) {
                concepts.remove(concept.id());
            }
        }
        for (String id : concepts) {
            vocabulary.byId(id).ifPresent(concept -> attributes.add(concept.label()));
        }
        List<String> spelling = new ArrayList<>();
        if (car.onSale()) {
            spelling.addAll(make);
            spelling.addAll(model);
            spelling.addAll(variant);
            spelling.addAll(attributes);
            spelling.addAll(texts);
        }
        return new DerivedWords(List.copyOf(make), List.copyOf(model), List.copyOf(variant), List.copyOf(attributes),
                bodyStyle, colourFamily, List.copyOf(concepts), spelling, vocabulary.version());
    }

    /** The last concept of a kind named in a text: {@code Deep Black Pearl} is black, {@code Sports Tourer} estate. */
    private static Concept last(Vocabulary vocabulary, String text, ConceptKind kind) {
        List<String> words = Words.texts(text);
        Concept found = null;
        for (int i = 0; i < words.size(); i++) {
            for (int length = Math.min(vocabulary.longestPhrase(), words.size() - i); length >= 1; length--) {
                Concept concept = vocabulary.named(words.subList(i, i + length));
                if (concept != null && concept.kind() == kind) {
                    found = concept;
                    break;
                }
            }
        }
        return found;
    }

    /** Adds the features a text names, by phrase or by the beginning of a word. */
    private static void features(Vocabulary vocabulary, String text, Set<String> concepts) {
        List<String> words = Words.texts(text);
        for (int i = 0; i < words.size(); i++) {
            for (int length = Math.min(vocabulary.longestPhrase(), words.size() - i); length >= 1; length--) {
                Concept concept = vocabulary.seenIn(words.subList(i, i + length));
                if (concept != null && concept.kind() == ConceptKind.FEATURE) {
                    concepts.add(concept.id());
                }
            }
            for (Map.Entry<String, String> prefix : vocabulary.prefixIds().entrySet()) {
                if (words.get(i).startsWith(prefix.getKey())) {
                    concepts.add(prefix.getValue());
                }
            }
        }
    }

    /** Adjacent words joined, and all of them joined: {@code c class} gives {@code cclass}. */
    private static List<String> joined(List<String> words) {
        List<String> joined = new ArrayList<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            joined.add(words.get(i) + words.get(i + 1));
        }
        if (words.size() > 2) {
            joined.add(String.join("", words));
        }
        return joined;
    }

    /** The parts of a word that mixes letters and digits, and their runs: {@code c220d} gives c, 220, d, c220, 220d. */
    private static List<String> parts(String word) {
        String[] parts = word.split("(?<=\\d)(?=\\p{L})|(?<=\\p{L})(?=\\d)");
        List<String> runs = new ArrayList<>();
        if (parts.length < 2) {
            return runs;
        }
        for (int from = 0; from < parts.length; from++) {
            for (int to = from + 1; to <= parts.length; to++) {
                if (to - from < parts.length) {
                    runs.add(String.join("", java.util.Arrays.asList(parts).subList(from, to)));
                }
            }
        }
        return runs;
    }
}
