package com.forecourt.vehicle.graphql;

import com.forecourt.vehicle.query.SearchParts;
import com.forecourt.vehicle.query.VehicleFacet;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which optional parts of a search answer a request selects, read from the syntax of the {@code searchVehicles}
 * field: the fields of {@code facets}, {@code hits.highlights} and {@code didYouMean}, through fragments. Read
 * from the document rather than graphql-java's selection set, which normalises the whole operation for it. A field
 * skipped by {@code @skip} or {@code @include} still counts: the answer then has a part nobody reads, never lacks one.
 */
final class SearchPartsSelection {

    /** The field of each facet in the schema's {@code VehicleFacets}. */
    private static final Map<VehicleFacet, String> FACET_FIELDS = Map.of(VehicleFacet.MAKE, "make",
            VehicleFacet.FUEL_TYPE, "fuelType", VehicleFacet.BODY_TYPE, "bodyType", VehicleFacet.TRANSMISSION,
            "transmission", VehicleFacet.COLOUR, "colour", VehicleFacet.YEAR, "year", VehicleFacet.PRICE, "price",
            VehicleFacet.MILEAGE, "mileage");

    private SearchPartsSelection() {
    }

    /**
     * The parts selected by the merged {@code searchVehicles} fields.
     *
     * @param fields    the field as it appears in the document, once per place (aliases merged by graphql-java)
     * @param fragments the document's fragments by name
     */
    static SearchParts of(List<Field> fields, Map<String, FragmentDefinition> fragments) {
        Set<String> selected = new HashSet<>();
        fields.forEach(field -> collect(field.getSelectionSet(), "", fragments, selected));
        Set<VehicleFacet> facets = EnumSet.noneOf(VehicleFacet.class);
        FACET_FIELDS.forEach((facet, name) -> {
            if (selected.contains("facets/" + name)) {
                facets.add(facet);
            }
        });
        return new SearchParts(facets, selected.contains("hits/highlights"), selected.contains("didYouMean"));
    }

    /** The paths of the fields of the answer and of its objects' fields, one level down. */
    private static void collect(SelectionSet selectionSet, String parent, Map<String, FragmentDefinition> fragments,
                                Set<String> selected) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                String path = parent + field.getName();
                selected.add(path);
                if (parent.isEmpty()) {
                    collect(field.getSelectionSet(), path + "/", fragments, selected);
                }
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(), parent, fragments, selected);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                // validation has refused fragment cycles before any field resolves
                collect(fragments.get(spread.getName()).getSelectionSet(), parent, fragments, selected);
            }
        }
    }
}
