package com.forecourt.telemetry.event;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataTest {

    @ParameterizedTest
    @ValueSource(strings = {"volkswagon polo", "golf 2015 2016 2017", "15000 20000", "bmw x5 2dr", "WVWZZZAWZLU000001",
            "mx-5 1.8", "£20,000", "under 100000 miles", "A-class 180d", "100% electric"})
    void canPassSearchesWithYearsPricesMileagesAndModels(String text) {
        assertThatCode(() -> PersonalData.refuseIn("text", text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jo@example.com", "JO.BLOGGS@EXAMPLE.CO.UK", "mail me at jo@example", "@gmail.com",
            "07700900123", "07700 900 123", "(020) 7946 0958", "+44 20 7946 0958", "4111-1111-1111-1111",
            "5500 0000 0000 0004"})
    void cannotPassAnEmailAddressPhoneOrCardNumber(String text) {
        assertThatThrownBy(() -> PersonalData.refuseIn("text", text))
                .isInstanceOf(TelemetryRefusedException.class)
                .hasMessageNotContaining(text);
    }
}
