package com.forecourt.vehicle.projection.search.understanding;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SearchInterpreterTest {

    private final SearchInterpreter interpreter = new SearchInterpreter(Vocabulary.standard());

    @Test
    void canReadVwAsVolkswagenAndKeepGolfAsAWord() {
        SearchIntent intent = interpreter.read("vw golf");

        assertThat(intent.readings()).extracting(Reading::kind, Reading::label)
                .containsExactly(tuple(Reading.Kind.MAKE, "Volkswagen"));
        assertThat(intent.words()).containsExactly("golf");
    }

    @Test
    void canReadMercAsMercedesBenzAndKeepCClassAsWords() {
        SearchIntent intent = interpreter.read("merc c class");

        assertThat(intent.readings()).extracting(Reading::label).containsExactly("Mercedes-Benz");
        assertThat(intent.words()).containsExactly("c", "class");
    }

    @Test
    void canReadDieselEstateAsAFuelAndABodyType() {
        SearchIntent intent = interpreter.read("diesel estate");

        assertThat(intent.readings()).extracting(Reading::kind, Reading::label)
                .containsExactly(tuple(Reading.Kind.FUEL, "Diesel"), tuple(Reading.Kind.BODY, "Estate"));
        assertThat(intent.words()).isEmpty();
    }

    @Test
    void canReadAutoAsTheAutomaticGearbox() {
        SearchIntent intent = interpreter.read("Auto");

        assertThat(intent.readings()).extracting(r -> r.concept().value()).containsExactly("AUTOMATIC");
    }

    @Test
    void canReadUnderTenKAsAPriceBelowTenThousandPounds() {
        Reading price = interpreter.read("under 10k").readings().get(0);

        assertThat(price).extracting(Reading::kind, Reading::min, Reading::max, Reading::label)
                .containsExactly(Reading.Kind.PRICE, null, 999_999L, "Under £10,000");
    }

    @Test
    void canReadUnderFifteenThousandPoundsWrittenInFull() {
        Reading price = interpreter.read("golf under £15,000").readings().get(0);

        assertThat(price.max()).isEqualTo(1_499_999L);
    }

    @Test
    void canReadUpToABudgetAsIncludingIt() {
        Reading price = interpreter.read("up to 8 grand").readings().get(0);

        assertThat(price).extracting(Reading::max, Reading::label).containsExactly(800_000L, "Up to £8,000");
    }

    @Test
    void canReadAPriceSpanWithTheThousandsOnlyAfterTheSecondAmount() {
        Reading price = interpreter.read("estate 10-15k").readings().get(1);

        assertThat(price).extracting(Reading::min, Reading::max).containsExactly(1_000_000L, 1_500_000L);
    }

    @Test
    void canReadAPriceSpanWithPoundSignsAndSpaces() {
        Reading price = interpreter.read("£8k - £12k").readings().get(0);

        assertThat(price).extracting(Reading::min, Reading::max).containsExactly(800_000L, 1_200_000L);
    }

    @Test
    void canReadBetweenTwoAmounts() {
        Reading price = interpreter.read("between 10 and 15 grand").readings().get(0);

        assertThat(price).extracting(Reading::min, Reading::max).containsExactly(1_000_000L, 1_500_000L);
    }

    @Test
    void canReadAYearOnwards() {
        Reading year = interpreter.read("2019 onwards").readings().get(0);

        assertThat(year).extracting(Reading::kind, Reading::min, Reading::max, Reading::label)
                .containsExactly(Reading.Kind.YEAR, 2019L, null, "2019 or newer");
    }

    @Test
    void canReadAYearWithAPlusSign() {
        assertThat(interpreter.read("golf 2018+").readings().get(0).min()).isEqualTo(2018L);
    }

    @Test
    void canReadAfterAYearAsTheYearAfter() {
        assertThat(interpreter.read("after 2018").readings().get(0).min()).isEqualTo(2019L);
    }

    @Test
    void canReadASpanOfYears() {
        Reading year = interpreter.read("2016-2019 golf").readings().get(0);

        assertThat(year).extracting(Reading::min, Reading::max).containsExactly(2016L, 2019L);
    }

    @Test
    void canReadASeptemberPlateAsItsYear() {
        Reading year = interpreter.read("69 plate").readings().get(0);

        assertThat(year).extracting(Reading::min, Reading::max).containsExactly(2019L, 2019L);
    }

    @Test
    void canReadLowMileageAsUnderThirtyThousandMiles() {
        Reading mileage = interpreter.read("low mileage golf").readings().get(0);

        assertThat(mileage).extracting(Reading::kind, Reading::max).containsExactly(Reading.Kind.MILEAGE, 29_999L);
    }

    @Test
    void canReadAMileageBoundRatherThanAPrice() {
        Reading mileage = interpreter.read("under 30k miles").readings().get(0);

        assertThat(mileage).extracting(Reading::kind, Reading::max, Reading::label)
                .containsExactly(Reading.Kind.MILEAGE, 29_999L, "Under 30,000 miles");
    }

    @Test
    void cannotReadABareFourDigitModelAsAYear() {
        SearchIntent intent = interpreter.read("peugeot 2008");

        assertThat(intent.readings()).extracting(Reading::kind).containsExactly(Reading.Kind.MAKE);
        assertThat(intent.words()).containsExactly("2008");
    }

    @Test
    void cannotReadAnEngineSizeAsAPrice() {
        SearchIntent intent = interpreter.read("1.5 tsi");

        assertThat(intent.readings()).isEmpty();
        assertThat(intent.words()).containsExactly("1.5", "tsi");
    }

    @Test
    void cannotReadSeatsAsTheMakeSeat() {
        SearchIntent intent = interpreter.read("bucket seats");

        assertThat(intent.readings()).isEmpty();
        assertThat(intent.words()).containsExactly("bucket", "seats");
    }

    @Test
    void canTellWordsThatDescribeFromWordsThatName() {
        SearchIntent intent = interpreter.read("big family boot");

        assertThat(intent.words()).containsExactly("boot");
        assertThat(intent.preferred()).containsExactly("big", "family");
    }

    @Test
    void canReadCompanyCarAsLowCompanyCarTax() {
        assertThat(interpreter.read("company car").readings()).extracting(Reading::label)
                .containsExactly("Low company car tax");
    }

    @Test
    void canKeepAModelNameThatHoldsABodyTypeAsWords() {
        SearchIntent intent = interpreter.read("zafira tourer");

        assertThat(intent.readings()).isEmpty();
        assertThat(intent.words()).containsExactly("zafira", "tourer");
    }

    @Test
    void canReadAPluralBodyType() {
        assertThat(interpreter.read("estates").readings()).extracting(Reading::label).containsExactly("Estate");
    }

    @Test
    void canDropWordsThatCarryNoMeaning() {
        SearchIntent intent = interpreter.read("a red car with sat nav");

        assertThat(intent.readings()).extracting(Reading::label).containsExactly("Red", "Sat nav");
        assertThat(intent.words()).isEmpty();
    }

    @Test
    void canReadPlugInHybridAsOneFeatureRatherThanAFuel() {
        SearchIntent intent = interpreter.read("plug-in hybrid");

        assertThat(intent.readings()).extracting(Reading::kind, Reading::label)
                .containsExactly(tuple(Reading.Kind.FEATURE, "Plug-in hybrid"));
    }

    @Test
    void canReadFourByFourAsFourWheelDrive() {
        assertThat(interpreter.read("4x4").readings()).extracting(Reading::label).containsExactly("Four-wheel drive");
    }

    @Test
    void canGiveTheTextWithoutAReadingSoAChipCanBeRemoved() {
        SearchIntent intent = interpreter.read("diesel estate under 10k");

        assertThat(intent.without(intent.readings().get(2))).isEqualTo("diesel estate");
    }

    @Test
    void canGiveTheWordsAReadingWasReadFromAsTyped() {
        SearchIntent intent = interpreter.read("Golf under £15,000");

        assertThat(intent.typed(intent.readings().get(0))).isEqualTo("under £15,000");
    }

    @Test
    void canReadEveryKindOfFilterInOneText() {
        SearchIntent intent = interpreter.read("red automatic bmw estate diesel 2019 onwards under 20k with a tow bar");

        assertThat(intent.readings()).extracting(Reading::kind).containsExactly(Reading.Kind.COLOUR,
                Reading.Kind.GEARBOX, Reading.Kind.MAKE, Reading.Kind.BODY, Reading.Kind.FUEL, Reading.Kind.YEAR,
                Reading.Kind.PRICE, Reading.Kind.FEATURE);
        assertThat(intent.words()).isEqualTo(List.of());
    }
}
