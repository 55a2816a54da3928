package com.forecourt.vehicle.projection.search;

import com.forecourt.vehicle.api.FuelType;
import com.forecourt.vehicle.api.Transmission;
import com.forecourt.vehicle.api.VehicleListed;
import com.forecourt.vehicle.projection.search.understanding.DerivedWords;
import com.forecourt.vehicle.projection.search.understanding.Vocabulary;
import com.forecourt.vehicle.query.VehicleStatus;
import com.forecourt.vehicle.query.VehicleView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A car as stored in the {@code vehicles} index; field names match the mapping in elasticsearch/vehicles.json.
 * {@code derived} holds what the buyers' vocabulary adds to the car's own words; it is made again from the car's
 * fields whenever the document is written, and is null in documents written before it existed.
 */
record VehicleDocument(String vin, String make, String model, String variant, int year, int mileage,
                       FuelType fuelType, Transmission transmission, String bodyType, String colour,
                       long pricePence, String description, List<String> features, VehicleStatus status,
                       Instant listedAt, List<String> suggest, DerivedWords derived) {

    /** The index the documents live in, as the read model declares it ({@code elasticsearch/vehicles.json}). */
    static final String INDEX = "vehicles";

    static VehicleDocument listed(VehicleListed event) {
        return new VehicleDocument(event.vin(), event.make(), event.model(), event.variant(), event.year(),
                event.mileage(), event.fuelType(), event.transmission(), event.bodyType(), event.colour(),
                event.pricePence(), event.description(), event.features(), VehicleStatus.AVAILABLE,
                event.listedAt(), suggestions(event.make(), event.model(), event.variant(), VehicleStatus.AVAILABLE),
                null).withDerivedWords();
    }

    /** Only cars on sale are suggested: the others carry no completion input. */
    private static List<String> suggestions(String make, String model, String variant, VehicleStatus status) {
        List<String> suggestions = new ArrayList<>();
        if (status != VehicleStatus.AVAILABLE) {
            return suggestions;
        }
        suggestions.add(make);
        suggestions.add(make + " " + model);
        if (variant != null) {
            suggestions.add(make + " " + model + " " + variant);
        }
        return suggestions;
    }

    VehicleDocument withPrice(long newPricePence) {
        return new VehicleDocument(vin, make, model, variant, year, mileage, fuelType, transmission, bodyType, colour,
                newPricePence, description, features, status, listedAt, suggest, derived).withDerivedWords();
    }

    VehicleDocument withDescription(String newDescription) {
        return new VehicleDocument(vin, make, model, variant, year, mileage, fuelType, transmission, bodyType, colour,
                pricePence, newDescription, features, status, listedAt, suggest, derived).withDerivedWords();
    }

    VehicleDocument withStatus(VehicleStatus newStatus) {
        return new VehicleDocument(vin, make, model, variant, year, mileage, fuelType, transmission, bodyType, colour,
                pricePence, description, features, newStatus, listedAt,
                suggestions(make, model, variant, newStatus), derived).withDerivedWords();
    }

    /** The document with its derived words made from its fields and the current vocabulary. */
    private VehicleDocument withDerivedWords() {
        DerivedWords words = DerivedWords.of(Vocabulary.standard(), new DerivedWords.Car(make, model, variant, year,
                fuelType == null ? null : fuelType.name(), transmission == null ? null : transmission.name(),
                bodyType, colour, description, features, status == VehicleStatus.AVAILABLE));
        return new VehicleDocument(vin, make, model, variant, year, mileage, fuelType, transmission, bodyType, colour,
                pricePence, description, features, status, listedAt, suggest, words);
    }

    VehicleView toView() {
        return new VehicleView(vin, make, model, variant, year, mileage, fuelType, transmission, bodyType, colour,
                pricePence, description, features == null ? List.of() : features, status, listedAt);
    }
}
