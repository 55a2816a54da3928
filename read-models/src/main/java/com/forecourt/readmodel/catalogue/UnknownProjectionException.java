package com.forecourt.readmodel.catalogue;

/** No projection has this name. */
public class UnknownProjectionException extends RuntimeException {

    public UnknownProjectionException(String name, Iterable<String> known) {
        super("No projection named '" + name + "'; known projections: " + String.join(", ", known));
    }
}
