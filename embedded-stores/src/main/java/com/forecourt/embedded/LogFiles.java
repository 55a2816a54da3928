package com.forecourt.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;

/** The servers' output files: keeping them bounded, and quoting their end in exception messages. */
final class LogFiles {

    /** An output file larger than this is moved aside (one generation is kept) before the next start. */
    static final long ROTATE_ABOVE_BYTES = 20L * 1024 * 1024;

    private static final int TAIL_LINES = 40;
    private static final int TAIL_BYTES = 16 * 1024;

    private LogFiles() {
    }

    static void rotateIfLarge(Path log) throws IOException {
        if (Files.isRegularFile(log) && Files.size(log) > ROTATE_ABOVE_BYTES) {
            Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The last lines of a file, or a note why there are none. Reads only the end, as the file may be large. */
    static String tail(Path file) {
        if (!Files.isRegularFile(file)) {
            return "(" + file + " does not exist)";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - TAIL_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            Deque<String> lines = new ArrayDeque<>();
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\\R")) {
                lines.addLast(line);
                if (lines.size() > TAIL_LINES) {
                    lines.removeFirst();
                }
            }
            return String.join(System.lineSeparator(), lines);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    /** A message suffix quoting the end of a log file. */
    static String tailForMessage(Path log) {
        return System.lineSeparator() + "--- last lines of " + log + " ---" + System.lineSeparator() + tail(log);
    }
}
