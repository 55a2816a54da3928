package com.forecourt.vehicle.projection.search.understanding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DerivedWordsTest {

    private static DerivedWords words(String make, String model, String variant, String fuel, String body,
                                      String colour, String description, List<String> features, boolean onSale) {
        return DerivedWords.of(Vocabulary.standard(), new DerivedWords.Car(make, model, variant, 2019, fuel,
                "AUTOMATIC", body, colour, description, features, onSale));
    }

    private static DerivedWords words(String make, String model, String variant, String body, String colour) {
        return words(make, model, variant, "DIESEL", body, colour, "", List.of(), true);
    }

    @Test
    void canFileASportsTourerUnderEstate() {
        DerivedWords words = words("Vauxhall", "Astra", "1.5 Turbo D SRi", "Sports Tourer", "Summit White");

        assertThat(words.bodyStyle()).isEqualTo("Estate");
        assertThat(words.concepts()).contains("body:estate");
    }

    @Test
    void canFileAManufacturersColourUnderItsFamily() {
        assertThat(words("Volkswagen", "Golf", null, "Hatchback", "Tornado Red").colourFamily()).isEqualTo("Red");
    }

    @Test
    void canFileAColourByItsLastColourWord() {
        assertThat(words("Volkswagen", "Golf", null, "Hatchback", "Deep Black Pearl").colourFamily()).isEqualTo("Black");
    }

    @Test
    void canKeepAColourTheVocabularyDoesNotKnow() {
        assertThat(words("Volkswagen", "Golf", null, "Hatchback", "Kings Teal Violet").colourFamily())
                .isEqualTo("Purple");
    }

    @Test
    void canSpellAHyphenatedModelAsOneWord() {
        assertThat(words("Mercedes-Benz", "C-Class", "C220d", "Saloon", "Black").model()).contains("cclass");
    }

    @Test
    void canSplitAVariantWordIntoItsLettersAndDigits() {
        assertThat(words("BMW", "X3", "xDrive20d M Sport", "SUV", "Blue").variant()).contains("xdrive", "20d", "20");
    }

    @Test
    void canTellFourWheelDriveFromTheVariant() {
        assertThat(words("BMW", "X3", "xDrive20d M Sport", "SUV", "Blue").concepts())
                .contains("feature:four-wheel-drive");
    }

    @Test
    void canGiveEveryLandRoverFourWheelDrive() {
        assertThat(words("Land Rover", "Defender", "110 D250 SE", "SUV", "Pangea Green").concepts())
                .contains("make:land-rover", "feature:four-wheel-drive");
    }

    @Test
    void canAddTheVocabularysOtherSpellingsOfAModel() {
        assertThat(words("Land Rover", "Range Rover Evoque", null, "SUV", "White").model()).contains("rr evoque");
    }

    @Test
    void canAddTheOtherSpellingsOfTheMake() {
        assertThat(words("VW", "Golf", null, "Hatchback", "Blue").make()).contains("Volkswagen", "vw", "volkswagon");
    }

    @Test
    void canCallAHybridWithoutAPlugSelfCharging() {
        DerivedWords words = words("Toyota", "Yaris", "1.5 Hybrid Icon", "HYBRID", "Hatchback", "White",
                "Cheap to run.", List.of(), true);

        assertThat(words.concepts()).contains("fuel:hybrid", "feature:self-charging-hybrid");
    }

    @Test
    void cannotCallAPlugInHybridSelfCharging() {
        DerivedWords words = words("Kia", "Niro", "1.6 GDi PHEV 3", "HYBRID", "SUV", "Graphite", "", List.of(), true);

        assertThat(words.concepts()).contains("feature:plug-in-hybrid").doesNotContain("feature:self-charging-hybrid");
    }

    @Test
    void canTellAHotHatchByItsBadge() {
        assertThat(words("Volkswagen", "Golf", "GTI Performance", "Hatchback", "Red").concepts())
                .contains("feature:hot-hatch");
    }

    @Test
    void cannotCallAnEstateWithAHotHatchBadgeAHotHatch() {
        assertThat(words("Skoda", "Octavia", "vRS 2.0 TDI", "Estate", "Red").concepts())
                .doesNotContain("feature:hot-hatch");
    }

    @Test
    void cannotGiveAnExCompanyDieselALowCompanyCarTax() {
        DerivedWords words = words("Volkswagen", "Passat", null, "DIESEL", "Estate", "Grey",
                "Ex-company car, motorway miles.", List.of(), true);

        assertThat(words.concepts()).doesNotContain("feature:low-company-car-tax");
    }

    @Test
    void canGiveAnElectricCarALowCompanyCarTax() {
        DerivedWords words = words("Nissan", "Leaf", null, "ELECTRIC", "Hatchback", "Grey", "", List.of(), true);

        assertThat(words.concepts()).contains("feature:low-company-car-tax");
    }

    @Test
    void canTellAFeatureFromTheDescription() {
        DerivedWords words = words("Volkswagen", "Golf", null, "DIESEL", "Estate", "Silver",
                "Huge boot and a detachable tow bar.", List.of("Sat nav"), true);

        assertThat(words.concepts()).contains("feature:tow-bar", "feature:sat-nav");
    }

    @Test
    void canLeaveACarNotOnSaleOutOfTheSpellingSuggestions() {
        DerivedWords words = words("Volkswagen", "Golf", null, "PETROL", "Hatchback", "Blue", "", List.of(), false);

        assertThat(words.spelling()).isEmpty();
    }
}
