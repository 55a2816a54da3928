package com.forecourt.customer.signup;

import com.forecourt.queryside.graphql.GraphqlErrorCodes;
import com.forecourt.queryside.graphql.RefusedRequestException;
import org.springframework.graphql.execution.ErrorType;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a buyer's password must be (NIST SP 800-63B's approach: length over composition rules):
 * <ul>
 *   <li>12 to 64 characters (code points), and at most 72 bytes in UTF-8, because bcrypt, which hashes it, reads no
 *   further (and Spring Security's encoder refuses longer ones rather than ignore the rest);</li>
 *   <li>no control characters;</li>
 *   <li>at least 5 different characters, so neither "aaaaaaaaaaaa" nor "121212121212";</li>
 *   <li>not containing the e-mail address's part before the @ (when it has 4 characters or more), in any case.</li>
 * </ul>
 * Spaces and any other characters are allowed, and the password is compared exactly as typed. A refusal is
 * WEAK_PASSWORD, with a message naming the rule, never the password.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;
    static final int MIN_DISTINCT = 5;
    private static final int MIN_NAME_TO_CHECK = 4;

    private PasswordRules() {
    }

    /**
     * Refuses a password that breaks a rule.
     *
     * @param field the field's name for the message, e.g. {@code input.password}
     * @param email the e-mail address it is for, already checked
     * @throws RefusedRequestException WEAK_PASSWORD
     */
    static void check(String field, String password, String email) {
        if (password == null) {
            throw weak(field + " is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw weak(field + " must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw weak(field + " must be at most " + MAX_BYTES + " bytes in UTF-8 (fewer characters outside ASCII)");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw weak(field + " must not contain control characters");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw weak(field + " must contain at least " + MIN_DISTINCT + " different characters");
        }
        String name = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        if (name.length() >= MIN_NAME_TO_CHECK && password.toLowerCase(Locale.ROOT).contains(name)) {
            throw weak(field + " must not contain the e-mail address's name");
        }
    }

    private static RefusedRequestException weak(String message) {
        return new RefusedRequestException(GraphqlErrorCodes.WEAK_PASSWORD, ErrorType.BAD_REQUEST, message);
    }
}
