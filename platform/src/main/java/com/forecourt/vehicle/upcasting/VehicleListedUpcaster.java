package com.forecourt.vehicle.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.forecourt.vehicle.api.VehicleListed;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Upcasts {@link VehicleListed} from revision 1 to revision 2 (docs/events.md).
 *
 * <p>Revision 1, as the first release published it ({@code events-api/src/main/resources/schemas/vehicle/
 * VehicleListed.v1.json}), had the price in pence under {@code price} and the features as one comma-separated
 * string. Revision 2 names the price {@code pricePence} and makes {@code features} a list. Every other property is
 * unchanged. Events of revision 2, and rows stored before revisions were recorded ({@code payload_revision} is
 * null; they already have the revision-2 shape), pass through untouched.
 */
public final class VehicleListedUpcaster extends SingleEventUpcaster {

    static final String PAYLOAD_TYPE = VehicleListed.class.getName();
    static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(PAYLOAD_TYPE, "1");
    static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(PAYLOAD_TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return REVISION_1.equals(intermediateRepresentation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return intermediateRepresentation.upcastPayload(REVISION_2, JsonNode.class, VehicleListedUpcaster::toRevision2);
    }

    /** The revision-2 payload of a revision-1 payload; the input is not changed. */
    static JsonNode toRevision2(JsonNode revision1) {
        if (!(revision1 instanceof ObjectNode source)) {
            throw new IllegalArgumentException("A VehicleListed payload is a JSON object; got "
                    + revision1.getNodeType());
        }
        ObjectNode event = source.deepCopy();
        JsonNode price = event.remove("price");
        JsonNode features = event.remove("features");
        if (price != null) {
            event.set("pricePence", price);
        }
        event.set("features", featureList(event.arrayNode(), features));
        return event;
    }

    /** "Heated seats, Sat nav" becomes ["Heated seats", "Sat nav"]; blank entries and a missing string, none. */
    private static ArrayNode featureList(ArrayNode list, JsonNode commaSeparated) {
        if (commaSeparated == null || !commaSeparated.isTextual()) {
            return list;
        }
        for (String feature : commaSeparated.asText().split(",")) {
            if (!feature.isBlank()) {
                list.add(feature.strip());
            }
        }
        return list;
    }
}
