package com.forecourt.vehicle.projection.search.understanding;

/** What a concept of the vocabulary is about; the kinds of the vocabulary file's lines. */
public enum ConceptKind {
    MAKE, FUEL, GEARBOX, BODY, COLOUR, FEATURE;

    /** The prefix of the ids of concepts of this kind, as indexed in {@code derived.concepts}. */
    public String prefix() {
        return name().toLowerCase(java.util.Locale.ROOT) + ":";
    }
}
