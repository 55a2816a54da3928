package com.forecourt.readmodel.catalogue;

import com.forecourt.readmodel.Store;

import java.util.List;

/**
 * One projection: its name (the processing group and processor name), the store of its read model, and the tables
 * and index aliases its projectors declare with {@code @ReadModel}: what a rebuild builds anew.
 */
public record ProjectionDescriptor(String name, Store store, List<String> tables, List<String> indices) {

    public ProjectionDescriptor {
        tables = List.copyOf(tables);
        indices = List.copyOf(indices);
    }

    /** The processor that builds the next version during a rebuild, with its own tokens. */
    public String rebuildProcessorName() {
        return name + "@rebuild";
    }
}
