package com.forecourt.vehicle.command;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import com.forecourt.vehicle.api.ListVehicle;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.api.Vin;

import java.time.Clock;
import java.time.Year;
import java.util.Objects;

/** What makes a listing and its changes acceptable; kept apart from the aggregate so each rule reads on its own. */
final class VehicleListingRules {

    static final int OLDEST_MODEL_YEAR = 1990;
    static final int MAX_DESCRIPTION_LENGTH = 5_000;
    static final int MAX_FEATURES = 100;
    static final int MAX_TEXT_LENGTH = 100;
    static final int MAX_REASON_LENGTH = 500;

    private VehicleListingRules() {
    }

    static void check(ListVehicle command, Clock clock) {
        if (!Vin.isValid(command.vin())) {
            throw new CommandRejectedException(ErrorCode.INVALID_VIN,
                    "A VIN is 17 characters of A-Z and 0-9 without I, O and Q; got '" + command.vin() + "'");
        }
        requireText("make", command.make());
        requireText("model", command.model());
        requireText("bodyType", command.bodyType());
        requireText("colour", command.colour());
        if (command.variant() != null && command.variant().length() > MAX_TEXT_LENGTH) {
            reject("variant must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        int nextYear = Year.now(clock).getValue() + 1;
        if (command.year() < OLDEST_MODEL_YEAR || command.year() > nextYear) {
            reject("year must be between " + OLDEST_MODEL_YEAR + " and " + nextYear + "; got " + command.year());
        }
        if (command.mileage() < 0) {
            reject("mileage must not be negative");
        }
        if (command.fuelType() == null) {
            reject("fuelType is required");
        }
        if (command.transmission() == null) {
            reject("transmission is required");
        }
        checkPrice(command.pricePence());
        checkDescription(command.description());
        if (command.features().size() > MAX_FEATURES
                || command.features().stream().anyMatch(f -> f == null || f.isBlank() || f.length() > MAX_TEXT_LENGTH)) {
            reject("features must be at most " + MAX_FEATURES + " non-blank entries of at most "
                    + MAX_TEXT_LENGTH + " characters");
        }
    }

    static void checkPrice(long pricePence) {
        if (pricePence <= 0) {
            reject("pricePence must be positive");
        }
    }

    static void checkDescription(String description) {
        if (description == null || description.length() > MAX_DESCRIPTION_LENGTH) {
            reject("description is required and at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
    }

    static void checkWithdrawalReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > MAX_REASON_LENGTH) {
            reject("reason is required and at most " + MAX_REASON_LENGTH + " characters");
        }
    }

    /** Whether a re-sent listing describes the car exactly as it was listed, so the retry is harmless. */
    static boolean sameListing(VehicleListed listed, ListVehicle command) {
        return listed.vin().equals(command.vin())
                && listed.make().equals(strip(command.make()))
                && listed.model().equals(strip(command.model()))
                && Objects.equals(listed.variant(), blankToNull(command.variant()))
                && listed.year() == command.year()
                && listed.mileage() == command.mileage()
                && listed.fuelType() == command.fuelType()
                && listed.transmission() == command.transmission()
                && listed.bodyType().equals(strip(command.bodyType()))
                && listed.colour().equals(strip(command.colour()))
                && listed.pricePence() == command.pricePence()
                && Objects.equals(listed.description(), command.description())
                && listed.features().equals(command.features());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            reject(field + " is required");
        }
        if (value.length() > MAX_TEXT_LENGTH) {
            reject(field + " must be at most " + MAX_TEXT_LENGTH + " characters");
        }
    }

    private static void reject(String message) {
        throw new CommandRejectedException(ErrorCode.BAD_USER_INPUT, message);
    }
}
