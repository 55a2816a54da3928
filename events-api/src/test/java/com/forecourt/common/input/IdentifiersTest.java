package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdentifiersTest {

    @Test
    void canReadAUuidInEitherCase() {
        assertThat(Identifiers.uuid("id", "3F2504E0-4F89-11D3-9A0C-0305E82C3301"))
                .isEqualTo(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1-1-1-1-1", "3f2504e04f8911d39a0c0305e82c3301", "{3f2504e0-4f89-11d3-9a0c-0305e82c3301}",
            "3f2504e0-4f89-11d3-9a0c-0305e82c33011", " 3f2504e0-4f89-11d3-9a0c-0305e82c3301", "g f2504e0-4f89-11d3"})
    void cannotReadShortenedOrDecoratedUuids(String text) {
        assertThatThrownBy(() -> Identifiers.uuid("id", text)).isInstanceOf(CommandRejectedException.class)
                .hasMessageStartingWith("id must be a UUID");
    }

    @Test
    void canReadAPhotoId() {
        String sha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        assertThat(Identifiers.photoId("photoId", sha256)).isEqualTo(sha256);
    }

    @ParameterizedTest
    @ValueSource(strings = {"E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
            "../../../../etc/passwd", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85\n",
            " e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85", ""})
    void cannotReadAPhotoIdThatIsNotSixtyFourLowercaseHexDigits(String text) {
        assertThatThrownBy(() -> Identifiers.photoId("photoId", text)).isInstanceOf(CommandRejectedException.class)
                .hasMessage("photoId must be a photo id: 64 lowercase hexadecimal digits");
    }
}
