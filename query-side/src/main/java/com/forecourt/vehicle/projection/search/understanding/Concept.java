package com.forecourt.vehicle.projection.search.understanding;

import java.util.List;

/**
 * Something a buyer can name in many ways: a make, a fuel, a gearbox, a body type, a colour family or a feature.
 *
 * @param id      its id in the index ({@link #id(ConceptKind, String)})
 * @param kind    what it is about
 * @param label   how Forecourt names it (a make's spelling in the catalogue, {@code Diesel}, {@code Estate}, ...)
 * @param value   the FuelType or Transmission it stands for, or null
 * @param phrases the folded word sequences that name it, the label's among them
 * @param prefixes words that name it by their beginning in a listing ({@code xdrive} for {@code xdrive20d})
 * @param seen     phrases that show it in a listing but are not how buyers ask for it ({@code gti} for Hot hatch)
 * @param similar for a make, the makes to offer when none is in stock, by label
 * @param when    labels of concepts that give a car this one too
 * @param unless  the label of a concept that keeps a car from having this one, however named, or null
 * @param onlyWhen whether a car has it only through {@code when}, never because its listing uses a phrase of it
 *                 ({@code company car} in a listing means an ex-company car, not a low company car tax)
 */
public record Concept(String id, ConceptKind kind, String label, String value, List<List<String>> phrases, List<String> prefixes,
                      List<List<String>> seen, List<String> similar, List<String> when, String unless,
                      boolean onlyWhen) {

    public Concept {
        phrases = List.copyOf(phrases);
        prefixes = List.copyOf(prefixes);
        seen = List.copyOf(seen);
        similar = List.copyOf(similar);
        when = List.copyOf(when);
    }

    /** The id of a concept in the index: kind and folded label, {@code make:mercedes-benz}, {@code body:estate}. */
    static String id(ConceptKind kind, String label) {
        return kind.prefix() + String.join("-", Words.texts(label));
    }
}
