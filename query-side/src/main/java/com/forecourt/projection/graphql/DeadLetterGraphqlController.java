package com.forecourt.projection.graphql;

import com.forecourt.readmodel.deadletter.DeadLetterView;
import com.forecourt.readmodel.deadletter.DeadLetters;
import com.forecourt.readmodel.deadletter.UnknownDeadLetterQueueException;

import com.forecourt.queryside.graphql.InvalidInputException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;
import java.util.function.Supplier;

/**
 * The dead-letter operations. Every root field here has "deadLetter" in its name, so {@code FieldAuthorization}
 * lets only ADMIN reach it.
 */
@Controller
class DeadLetterGraphqlController {

    static final int MAX_FIRST = 500;

    private final DeadLetters deadLetters;

    DeadLetterGraphqlController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @QueryMapping
    List<DeadLetterView> deadLetters(@Argument String projection, @Argument Integer first) {
        int limit = first == null ? 20 : first;
        if (limit < 0 || limit > MAX_FIRST) {
            throw new InvalidInputException("first must be between 0 and " + MAX_FIRST);
        }
        return translated(() -> deadLetters.list(projection, limit));
    }

    @MutationMapping
    int retryDeadLetters(@Argument String projection) {
        return translated(() -> deadLetters.retry(projection));
    }

    @MutationMapping
    boolean evictDeadLetter(@Argument String projection, @Argument String id) {
        return translated(() -> deadLetters.evict(projection, id));
    }

    private static <T> T translated(Supplier<T> action) {
        try {
            return action.get();
        } catch (UnknownDeadLetterQueueException unknown) {
            throw new InvalidInputException(unknown.getMessage());
        }
    }
}
