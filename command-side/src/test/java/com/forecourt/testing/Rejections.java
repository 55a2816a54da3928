package com.forecourt.testing;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for refused commands in Axon test fixtures. */
public final class Rejections {

    private Rejections() {
    }

    /** A command handler refused the command with this code. */
    public static Matcher<Throwable> rejectedWith(ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable failure) {
                return failure instanceof CommandRejectedException rejected && rejected.code() == code;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a command rejected with " + code);
            }
        };
    }
}
