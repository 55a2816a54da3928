package com.forecourt.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path directory;

    @Test
    void tailIsTheLastFortyLines() throws Exception {
        Path log = directory.resolve("console.log");
        Files.writeString(log, IntStream.rangeClosed(1, 1000).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n")));

        String tail = LogFiles.tail(log);

        assertThat(tail.lines()).hasSize(40).startsWith("line 961").endsWith("line 1000");
    }

    @Test
    void tailOfAMissingFileSaysSo() {
        assertThat(LogFiles.tail(directory.resolve("nope.log"))).contains("does not exist");
    }

    @Test
    void largeLogsAreRotatedOneGenerationDeep() throws Exception {
        Path log = directory.resolve("postgres.log");
        Files.write(log, new byte[(int) LogFiles.ROTATE_ABOVE_BYTES + 1]);

        LogFiles.rotateIfLarge(log);

        assertThat(log).doesNotExist();
        assertThat(directory.resolve("postgres.log.1")).exists();
    }
}
