package com.forecourt.common.input;

import com.forecourt.common.CommandRejectedException;
import com.forecourt.common.ErrorCode;

import java.text.Normalizer;

/**
 * The input policy for free text in commands and queries (docs/graphql.md, "Input rules").
 *
 * <p>Every text is first put in its one stored spelling: Unicode NFC, line breaks as {@code \n} (multi-line text only),
 * surrounding white space stripped. That spelling must then hold no refused code point and be at most a maximum
 * number of code points long; lengths are measured on the stored spelling, which NFC can make longer than the input.
 * Refused everywhere: control characters (C0, DEL, C1, so also tab and the NUL byte PostgreSQL cannot store),
 * unpaired surrogates, Unicode noncharacters, the line and paragraph separators, and the bidirectional embedding,
 * override and isolate controls that make text display in another order than it is stored. Multi-line text allows
 * {@code \n}. Right-to-left scripts, combining marks, emoji and other astral characters are ordinary text.
 *
 * <p>A refusal is a {@link CommandRejectedException} with code {@link ErrorCode#BAD_USER_INPUT} whose message names
 * the field and the rule, never the value (it may be personal data).
 */
public final class Text {

    private Text() {
    }

    /** A required single line: its stored spelling, 1 to {@code maxCodePoints} code points. */
    public static String singleLine(String field, String value, int maxCodePoints) {
        String text = optionalSingleLine(field, value, maxCodePoints);
        if (text == null) {
            throw refuse(field + " is required");
        }
        return text;
    }

    /** An optional single line: null for null or blank input, else as {@link #singleLine}. */
    public static String optionalSingleLine(String field, String value, int maxCodePoints) {
        if (value == null) {
            return null;
        }
        String text = strip(Normalizer.normalize(value, Normalizer.Form.NFC));
        if (text.isEmpty()) {
            return null;
        }
        check(field, text, maxCodePoints, false);
        return text;
    }

    /** Text that may span lines (CR LF and CR become LF), 0 to {@code maxCodePoints} code points; null is refused. */
    public static String multiLine(String field, String value, int maxCodePoints) {
        if (value == null) {
            throw refuse(field + " is required");
        }
        String text = strip(Normalizer.normalize(value, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n'));
        check(field, text, maxCodePoints, true);
        return text;
    }

    /** Whether a code point may appear in stored text; {@code \n} only where line breaks are allowed. */
    public static boolean isAllowed(int codePoint, boolean lineBreaks) {
        if (codePoint == '\n') {
            return lineBreaks;
        }
        int type = Character.getType(codePoint);
        return type != Character.CONTROL
                && type != Character.SURROGATE
                && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR
                && !isNoncharacter(codePoint)
                && !isBidiControl(codePoint);
    }

    private static void check(String field, String text, int maxCodePoints, boolean lineBreaks) {
        if (!text.codePoints().allMatch(codePoint -> isAllowed(codePoint, lineBreaks))) {
            throw refuse(field + " must not contain control, format-override or invalid characters"
                    + (lineBreaks ? " (line breaks are allowed)" : ""));
        }
        if (text.codePointCount(0, text.length()) > maxCodePoints) {
            throw refuse(field + " must be at most " + maxCodePoints + " characters");
        }
    }

    /**
     * Removes white space at both ends: the Unicode space separators (no-break spaces included, which String.strip
     * keeps) and tab, line feed, vertical tab, form feed and carriage return; not the information separators
     * U+001C..U+001F that Java also calls white space, which are refused like any other control character.
     */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return (codePoint >= '\t' && codePoint <= '\r') || Character.isSpaceChar(codePoint);
    }

    /** U+FDD0..U+FDEF and the last two code points of every plane, which Unicode reserves for internal use. */
    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI. */
    private static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    static CommandRejectedException refuse(String message) {
        return new CommandRejectedException(ErrorCode.BAD_USER_INPUT, message);
    }
}
