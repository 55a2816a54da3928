package com.forecourt.customer.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.input.UkPostcodes;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Upcasts an event carrying an {@code address} from revision 1 to revision 2 (docs/events.md), for
 * {@code CustomerRegistered} and {@code CustomerAddressChanged}.
 *
 * <p>Revision 1 stored a missing second line as the empty string and the postcode as typed, only trimmed and upper
 * case ({@code "NW16XE"}). Revision 2 leaves {@code line2} out when there is none and spells a postcode in the UK
 * format with one space before the inward code ({@code "NW1 6XE"}), the spelling the command side now stores. A
 * stored postcode that is not in the UK format is kept as it was: an upcaster changes shape, it does not judge
 * history. Every other property is unchanged.
 */
public final class AddressRevision2Upcaster extends SingleEventUpcaster {

    private final SimpleSerializedType revision1;
    private final SimpleSerializedType revision2;

    /** An upcaster for the event of this payload type (its class name). */
    public AddressRevision2Upcaster(String payloadType) {
        this.revision1 = new SimpleSerializedType(payloadType, "1");
        this.revision2 = new SimpleSerializedType(payloadType, "2");
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return revision1.equals(intermediateRepresentation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return intermediateRepresentation.upcastPayload(revision2, JsonNode.class, AddressRevision2Upcaster::toRevision2);
    }

    /** The revision-2 payload of a revision-1 payload; the input is not changed. */
    static JsonNode toRevision2(JsonNode revision1) {
        if (!(revision1 instanceof ObjectNode source)) {
            throw new IllegalArgumentException("An event payload is a JSON object; got " + revision1.getNodeType());
        }
        ObjectNode event = source.deepCopy();
        if (event.get("address") instanceof ObjectNode address) {
            JsonNode line2 = address.get("line2");
            if (line2 != null && (line2.isNull() || line2.asText().isBlank())) {
                address.remove("line2");
            }
            JsonNode postcode = address.get("postcode");
            if (postcode != null && postcode.isTextual()) {
                address.put("postcode", postcode(postcode.asText()));
            }
        }
        return event;
    }

    private static String postcode(String stored) {
        try {
            return UkPostcodes.canonical("postcode", stored);
        } catch (CommandRejectedException notUkFormat) {
            return stored;
        }
    }
}
