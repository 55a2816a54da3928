package com.forecourt.customer.signup;

import com.forecourt.queryside.graphql.RefusedRequestException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rules of sign-up, without a server. */
class PasswordRulesTest {

    private static final String EMAIL = "ada.lovelace@example.com";

    @Test
    void canChooseTwelveCharactersWithSpaces() {
        assertThatCode(() -> PasswordRules.check("input.password", "correct horse", EMAIL)).doesNotThrowAnyException();
    }

    @Test
    void canChooseSixtyFourAsciiCharacters() {
        assertThatCode(() -> PasswordRules.check("input.password", "abcdefgh".repeat(8), EMAIL))
                .doesNotThrowAnyException();
    }

    @Test
    void cannotChooseElevenCharacters() {
        assertWeak("abcdefghijk", "12 to 64 characters");
    }

    @Test
    void cannotChooseSixtyFiveCharacters() {
        assertWeak("abcdefghijklm".repeat(5), "12 to 64 characters");
    }

    @Test
    void cannotChooseMoreThanBcryptReads() {
        assertWeak("\uD83D\uDE97car!".repeat(12), "72 bytes");
    }

    @Test
    void cannotChooseARepeatedPattern() {
        assertWeak("121212121212", "5 different characters");
    }

    @Test
    void cannotChooseTheNameOfTheEmailAddress() {
        assertWeak("My-ADA.LOVELACE-2026", "e-mail address's name");
    }

    @Test
    void cannotChooseControlCharacters() {
        assertWeak("abcdefgh\tijkl", "control characters");
    }

    @Test
    void cannotReadThePasswordInTheRefusal() {
        assertThatThrownBy(() -> PasswordRules.check("input.password", "secret", EMAIL))
                .isInstanceOf(RefusedRequestException.class).message().doesNotContain("secret");
    }

    private static void assertWeak(String password, String rule) {
        assertThatThrownBy(() -> PasswordRules.check("input.password", password, EMAIL))
                .isInstanceOfSatisfying(RefusedRequestException.class, refused -> {
                    org.assertj.core.api.Assertions.assertThat(refused.code()).isEqualTo("WEAK_PASSWORD");
                    org.assertj.core.api.Assertions.assertThat(refused.getMessage()).contains("input.password", rule)
                            .doesNotContain(password);
                });
    }
}
