package com.forecourt.vehicle.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.common.input.Text;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.Vin;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What makes a listing and its changes acceptable, and the one spelling of their text that the events carry
 * ({@link Text}: NFC, stripped, no control characters, lengths in code points). Kept apart from the aggregate so
 * each rule reads on its own.
 */
final class VehicleListingRules {

    static final int OLDEST_MODEL_YEAR = 1990;
    static final int MAX_DESCRIPTION_LENGTH = 5_000;
    static final int MAX_FEATURES = 100;
    static final int MAX_TEXT_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 500;

    private VehicleListingRules() {
    }

    /** The listing in its stored spelling, or a refusal naming the first rule it breaks. */
    static ListVehicle canonical(ListVehicle command, Clock clock) {
        requireValidVin(command.vin());
        ListVehicle listing = new ListVehicle(command.vin(),
                Text.singleLine("make", command.make(), MAX_TEXT_LENGTH),
                Text.singleLine("model", command.model(), MAX_TEXT_LENGTH),
                Text.optionalSingleLine("variant", command.variant(), MAX_TEXT_LENGTH),
                command.year(), command.mileage(), command.fuelType(), command.transmission(),
                Text.singleLine("bodyType", command.bodyType(), MAX_TEXT_LENGTH),
                Text.singleLine("colour", command.colour(), MAX_TEXT_LENGTH),
                command.pricePence(), description(command.description()), features(command.features()));
        int nextYear = Year.now(clock).getValue() + 1;
        if (listing.year() < OLDEST_MODEL_YEAR || listing.year() > nextYear) {
            reject("year must be between " + OLDEST_MODEL_YEAR + " and " + nextYear);
        }
        if (listing.mileage() < 0) {
            reject("mileage must not be negative");
        }
        if (listing.fuelType() == null) {
            reject("fuelType is required");
        }
        if (listing.transmission() == null) {
            reject("transmission is required");
        }
        checkPrice(listing.pricePence());
        return listing;
    }

    static void requireValidVin(String vin) {
        Vin.require(vin);
    }

    static void checkPrice(long pricePence) {
        if (pricePence <= 0) {
            reject("pricePence must be positive");
        }
    }

    /** Multi-line text; an empty description is allowed. */
    static String description(String description) {
        return Text.multiLine("description", description, MAX_DESCRIPTION_LENGTH);
    }

    static String withdrawalReason(String reason) {
        return Text.singleLine("reason", reason, MAX_REASON_LENGTH);
    }

    /** Whether a re-sent listing, in its stored spelling, describes the car exactly as it was listed. */
    static boolean sameListing(VehicleListed listed, ListVehicle canonical) {
        return listed.vin().equals(canonical.vin())
                && listed.make().equals(canonical.make())
                && listed.model().equals(canonical.model())
                && Objects.equals(listed.variant(), canonical.variant())
                && listed.year() == canonical.year()
                && listed.mileage() == canonical.mileage()
                && listed.fuelType() == canonical.fuelType()
                && listed.transmission() == canonical.transmission()
                && listed.bodyType().equals(canonical.bodyType())
                && listed.colour().equals(canonical.colour())
                && listed.pricePence() == canonical.pricePence()
                && Objects.equals(listed.description(), canonical.description())
                && listed.features().equals(canonical.features());
    }

    private static List<String> features(List<String> features) {
        if (features.size() > MAX_FEATURES) {
            reject("features must have at most " + MAX_FEATURES + " entries");
        }
        List<String> canonical = new ArrayList<>(features.size());
        for (int i = 0; i < features.size(); i++) {
            canonical.add(Text.singleLine("features[" + i + "]", features.get(i), MAX_TEXT_LENGTH));
        }
        return canonical;
    }

    private static void reject(String message) {
        throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, message);
    }
}
