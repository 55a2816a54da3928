package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"ada@example.com", "Ada.Lovelace+cars@mail.example.co.uk", "o'brien@example.ie",
            "x@xn--mller-kva.de", "a_b-c@sub-domain.example.org"})
    void canAcceptPlainMailboxes(String address) {
        assertThat(EmailAddresses.canonical("email", address)).isEqualTo(address);
    }

    @Test
    void canStripSurroundingSpaceButKeepCase() {
        assertThat(EmailAddresses.canonical("email", "  Ada@Example.COM ")).isEqualTo("Ada@Example.COM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada\u0000@example.com", "ada@example.com\u0000", "ada", "ada@", "@example.com",
            "ada@example", "ada@@example.com", "ada..l@example.com", ".ada@example.com", "ada.@example.com",
            "ada lovelace@example.com", "\"ada\"@example.com", "ada@[127.0.0.1]", "ad\u00e9@example.com",
            "ada@ex\u00e4mple.com", "ada@-example.com", "ada@example-.com", "ada@example.c0m", "ada@example.c",
            "ada@exa_mple.com", "ada\n@example.com"})
    void cannotAcceptAnythingElse(String address) {
        assertThatThrownBy(() -> EmailAddresses.canonical("email", address))
                .isInstanceOfSatisfying(CommandRejectedException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.INVALID_EMAIL);
                    assertThat(refusal.getMessage()).doesNotContain(address);
                });
    }

    @Test
    void cannotAcceptALocalPartOver64OrAnAddressOver254Characters() {
        String local65 = "a".repeat(65);
        String domain = ("b".repeat(62) + ".").repeat(4) + "com";

        assertThatThrownBy(() -> EmailAddresses.canonical("email", local65 + "@example.com"))
                .isInstanceOf(CommandRejectedException.class);
        assertThat(("a@" + domain).length()).isGreaterThan(254);
        assertThatThrownBy(() -> EmailAddresses.canonical("email", "a@" + domain))
                .isInstanceOf(CommandRejectedException.class);
    }

    @Test
    void canCompareAddressesIgnoringCase() {
        assertThat(EmailAddresses.key("Ada@Example.COM")).isEqualTo("ada@example.com");
    }
}
