package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UkPostcodesTest {

    @ParameterizedTest
    @CsvSource({"SW1A 1AA,SW1A 1AA", "sw1a1aa,SW1A 1AA", " nw1 6xe ,NW1 6XE", "M1 1AE,M1 1AE", "B33 8TH,B33 8TH",
            "CR2 6XH,CR2 6XH", "DN55 1PT,DN55 1PT", "W1A 0AX,W1A 0AX", "EC1A 1BB,EC1A 1BB", "GIR 0AA,GIR 0AA"})
    void canSpellAUkPostcodeWithOneSpaceInCapitals(String input, String stored) {
        assertThat(UkPostcodes.canonical("postcode", input)).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "75001", "SW1A", "SW1A 1A", "SW1A 1AAA", "QW1 1AA", "AB1 1CI", "SW1A\u00001AA",
            "SW1A\t1AA", "V1 1AA", "1AA SW1"})
    void cannotAcceptAnythingElse(String input) {
        assertThatThrownBy(() -> UkPostcodes.canonical("postcode", input))
                .isInstanceOfSatisfying(CommandRejectedException.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_POSTCODE));
    }
}
