package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTest {

    @Test
    void canStoreTextInNfcWithoutSurroundingSpace() {
        String decomposed = "  Citroe\u0308n ";

        assertThat(Text.singleLine("make", decomposed, 100)).isEqualTo("Citro\u00ebn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u05d8\u05d5\u05d9\u05d5\u05d8\u05d4", "\u0645\u0631\u0633\u064a\u062f\u0633",
            "\ud83d\ude97 Mini", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "M\u00fcller-L\u00fcdenscheidt",
            "\ud835\udc00\ud835\udc01", "\ue000 private use"})
    void canAcceptRightToLeftAstralAndJoinedText(String text) {
        assertThat(Text.singleLine("make", text, 100)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Uni\u001fsep", "nul\u0000", "tab\there", "bell\u0007", "del\u007f", "c1\u0085",
            "line\nbreak", "carriage\rreturn", "line\u2028separator", "para\u2029separator", "rlo\u202eevil",
            "isolate\u2066x\u2069", "lone \ud800 surrogate", "lone \udc00 low", "non\ufffecharacter", "non\ufdd0char",
            "plane\udbff\udfff"})
    void cannotAcceptControlFormatOverrideOrInvalidCharacters(String text) {
        assertThatThrownBy(() -> Text.singleLine("make", text, 100))
                .isInstanceOfSatisfying(CommandRejectedException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                    assertThat(refusal.getMessage()).startsWith("make must not contain").doesNotContain(text);
                });
    }

    @Test
    void canKeepLineBreaksInMultiLineTextAsLineFeeds() {
        assertThat(Text.multiLine("description", "One owner\r\nFull history\rNo pets\n", 100))
                .isEqualTo("One owner\nFull history\nNo pets");
    }

    @Test
    void cannotKeepTabsInMultiLineText() {
        assertThatThrownBy(() -> Text.multiLine("description", "a\tb", 100))
                .isInstanceOf(CommandRejectedException.class);
    }

    @Test
    void canAcceptAnEmptyMultiLineText() {
        assertThat(Text.multiLine("description", "  ", 100)).isEmpty();
    }

    @Test
    void canCountLengthInCodePointsNotUtf16Units() {
        String hundredCars = "\ud83d\ude97".repeat(100);

        assertThat(Text.singleLine("make", hundredCars, 100)).isEqualTo(hundredCars);
        assertThatThrownBy(() -> Text.singleLine("make", hundredCars + "x", 100))
                .hasMessage("make must be at most 100 characters");
    }

    @Test
    void cannotAcceptTextWhoseStoredSpellingIsTooLongEvenIfTheInputFits() {
        // U+0958 is excluded from composition: NFC turns it into two code points
        String qa = "\u0958".repeat(60);

        assertThat(qa.codePointCount(0, qa.length())).isEqualTo(60);
        assertThatThrownBy(() -> Text.singleLine("make", qa, 100)).hasMessage("make must be at most 100 characters");
    }

    @Test
    void cannotAcceptABlankRequiredLine() {
        assertThatThrownBy(() -> Text.singleLine("model", " \u00a0 ", 100)).hasMessage("model is required");
        assertThatThrownBy(() -> Text.singleLine("model", null, 100)).hasMessage("model is required");
    }

    @Test
    void canTreatABlankOptionalLineAsAbsent() {
        assertThat(Text.optionalSingleLine("variant", "   ", 100)).isNull();
        assertThat(Text.optionalSingleLine("variant", null, 100)).isNull();
    }
}
