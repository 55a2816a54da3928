package com.forecourt.queryside.graphql.consistency;

import com.forecourt.queryside.graphql.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consistency tokens are opaque to clients and read back exactly. */
class ConsistencyTokensTest {

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void canReadBackThePositionOfATokenItIssued() {
        assertThat(ConsistencyTokens.position(ConsistencyTokens.token(1_234_567L))).isEqualTo(1_234_567L);
        assertThat(ConsistencyTokens.position(ConsistencyTokens.token(-1L))).isEqualTo(-1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!", "ZXZlbnRzLnYxOjE7IGRyb3A=", "events.v1:12"})
    void cannotReadAForgedOrMangledToken(String token) {
        assertThatThrownBy(() -> ConsistencyTokens.position(token)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("consistentWith");
    }

    @Test
    void cannotReadATokenOfAnotherVersionOrWithAnOutOfRangePosition() {
        for (String text : new String[] {"events.v2:12", "events.v1:-2", "events.v1:007", "events.v1:99999999999999999999",
                "orders.v1:12"}) {
            assertThatThrownBy(() -> ConsistencyTokens.position(base64(text))).as(text)
                    .isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void cannotReadATokenThatIsNotText() {
        assertThatThrownBy(() -> ConsistencyTokens.position(12)).isInstanceOf(InvalidInputException.class);
    }
}
