package com.forecourt.queryside.graphql;

import com.forecourt.common.CommandRejectedException;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.graphql.data.GraphQlArgumentBinder;
import org.springframework.validation.BindException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The argument binder turns only standard-form UUIDs into ids. */
class StrictIdArgumentsTest {

    private final GraphQlArgumentBinder binder = new GraphQlArgumentBinder(StrictIdArguments.conversions());

    @Test
    void canBindAUuidInStandardForm() throws BindException {
        assertThat(binder.bind("3F2504E0-4F89-11D3-9A0C-0305E82C3301", false, ResolvableType.forClass(UUID.class)))
                .isEqualTo(UUID.fromString("3f2504e0-4f89-11d3-9a0c-0305e82c3301"));
    }

    @Test
    void cannotBindAShortenedUuid() {
        assertThatThrownBy(() -> binder.bind("1-1-1-1-1", false, ResolvableType.forClass(UUID.class)))
                .isInstanceOf(CommandRejectedException.class).hasMessageContaining("must be a UUID");
    }

    @Test
    void canStillBindEverythingElseAsBootDoes() throws BindException {
        assertThat(binder.bind("42", false, ResolvableType.forClass(Long.class))).isEqualTo(42L);
    }
}
