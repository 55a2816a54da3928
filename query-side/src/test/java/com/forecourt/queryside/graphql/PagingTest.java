package com.forecourt.queryside.graphql;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void canReadBackTheFieldsOfACursorItIssued() {
        String cursor = Paging.cursor("orders", "1700000000", "5", "abc");

        assertThat(Paging.fields(cursor, "orders", 3)).containsExactly("1700000000", "5", "abc");
    }

    @Test
    void cannotReadACursorOfAnotherListOrVersionOrShape() {
        String orders = Paging.cursor("orders", "1", "2", "3");
        String oldVersion = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("orders.v0:1:2:3".getBytes(StandardCharsets.UTF_8));

        for (String cursor : List.of(orders, oldVersion, "!!", Paging.cursor("orders", "1", "2"))) {
            assertThatThrownBy(() -> Paging.fields(cursor, cursor.equals(orders) ? "vehicles" : "orders", 3))
                    .as(cursor).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("after is not valid");
        }
    }

    @Test
    void cannotAskForAPageOutside0To100() {
        assertThat(Paging.pageSize(null)).isEqualTo(20);
        assertThat(Paging.pageSize(100)).isEqualTo(100);
        assertThatThrownBy(() -> Paging.pageSize(101)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Paging.pageSize(-1)).isInstanceOf(InvalidInputException.class);
    }
}
