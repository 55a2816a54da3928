package com.forecourt.photo.store;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilesystemPhotoStoreTest extends PhotoStoreContract {

    @TempDir
    Path directory;

    private FilesystemPhotoStore store;

    @BeforeEach
    void setUp() {
        store = new FilesystemPhotoStore(directory.resolve("photos"));
    }

    @Override
    PhotoStore store() {
        return store;
    }

    @Override
    long storedFiles() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void canKeepAFileTwoFoldersDeepUnderItsId() {
        var image = anImage();

        store.put(image);

        assertThat(directory.resolve("photos").resolve(image.id().substring(0, 2)).resolve(image.id().substring(2, 4))
                .resolve(image.id())).hasBinaryContent(image.bytes());
    }

    @Test
    void cannotTurnAnIdThatIsNoPhotoIdIntoAPath() {
        assertThatThrownBy(() -> store.open("../../etc/passwd")).hasMessageContaining("64 lowercase hexadecimal");
    }
}
