package com.forecourt.input;

import java.text.Normalizer;
import java.util.SplittableRandom;

/**
 * Strings built to break input handling: control and format characters, combining marks, astral characters,
 * right-to-left text, bidirectional overrides, lone surrogates, noncharacters and lengths around each limit. Seeded,
 * so a failing run can be replayed with its seed.
 */
final class GeneratedText {

    private final SplittableRandom random;

    GeneratedText(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A string of mixed pieces, usually short, sometimes around {@code limit} code points. */
    String next(int limit) {
        int target = switch (random.nextInt(6)) {
            case 0 -> limit - 2 + random.nextInt(5);
            case 1 -> 0;
            default -> 1 + random.nextInt(24);
        };
        StringBuilder text = new StringBuilder();
        while (text.codePointCount(0, text.length()) < target) {
            piece(text);
        }
        return text.toString();
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private void piece(StringBuilder text) {
        switch (random.nextInt(16)) {
            case 0 -> text.appendCodePoint(random.nextInt(0x20)); // C0, NUL and separators included
            case 1 -> text.appendCodePoint(0x7F + random.nextInt(0x21)); // DEL and C1
            case 2 -> text.append('e').appendCodePoint(0x0300 + random.nextInt(0x70)); // combining marks
            case 3 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300)); // emoji
            case 4 -> text.appendCodePoint(0x1D400 + random.nextInt(0x300)); // mathematical letters
            case 5 -> text.appendCodePoint(0x05D0 + random.nextInt(27)); // Hebrew
            case 6 -> text.appendCodePoint(0x0627 + random.nextInt(36)); // Arabic
            case 7 -> text.appendCodePoint(random.nextBoolean() ? 0x202A + random.nextInt(5) : 0x2066 + random.nextInt(4));
            case 8 -> text.append('\uD800' + (char) random.nextInt(0x800)); // a lone surrogate
            case 9 -> text.appendCodePoint(random.nextBoolean() ? 0xFFFE : 0xFDD0 + random.nextInt(32));
            case 10 -> text.append(random.nextBoolean() ? "\u00a0" : random.nextBoolean() ? "\u2028" : "\r\n");
            case 11 -> text.append("\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67"); // a joined emoji
            case 12 -> text.append(random.nextBoolean() ? "<b>&amp;</b>" : "'; drop table x; --");
            default -> text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextBoolean() ? " " : "");
        }
    }

    /**
     * The spelling the input policy stores, restated independently of it: NFC, line breaks as LF when they are
     * allowed, white space stripped at both ends (tab, LF, VT, FF, CR and the Unicode space separators).
     */
    static String stored(String input, boolean multiLine) {
        String text = Normalizer.normalize(input, Normalizer.Form.NFC);
        if (multiLine) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
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
        return (codePoint >= 0x09 && codePoint <= 0x0D) || Character.isSpaceChar(codePoint);
    }

    private static final String[] WORDS = {"Golf", "Citroën", "Škoda", "Mégane", "Straße", "Łódź", "İstanbul",
            "ß", "Ǆ", "ﬁ", "Ω", "١٢٣", "日本", "x"};
}
