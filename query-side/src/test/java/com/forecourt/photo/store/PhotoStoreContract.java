package com.forecourt.photo.store;

import com.forecourt.photo.image.EncodedImage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** What every photo store does, run against each one on a real store (a directory, an S3 server). */
abstract class PhotoStoreContract {

    /** The store under test, empty when the test starts. */
    abstract PhotoStore store();

    /** How many files or objects the store holds. */
    abstract long storedFiles();

    @Test
    void canReadBackWhatItStored() throws Exception {
        EncodedImage image = anImage();

        boolean stored = store().put(image);

        assertThat(stored).isTrue();
        try (StoredPhoto photo = store().open(image.id()).orElseThrow()) {
            assertThat(photo.content().readAllBytes()).isEqualTo(image.bytes());
            assertThat(photo.length()).isEqualTo(image.sizeBytes());
            assertThat(photo.contentType()).isEqualTo("image/jpeg");
        }
    }

    @Test
    void canStoreTheSameBytesTwiceAsOneFile() {
        EncodedImage image = anImage();
        store().put(image);

        boolean storedAgain = store().put(EncodedImage.of(image.bytes().clone(), "image/jpeg", 1, 1));

        assertThat(storedAgain).isFalse();
        assertThat(storedFiles()).isEqualTo(1);
    }

    @Test
    void cannotFindAPhotoItNeverStored() {
        Optional<StoredPhoto> photo = store().open(EncodedImage.sha256("never stored".getBytes(StandardCharsets.UTF_8)));

        assertThat(photo).isEmpty();
    }

    /** Bytes that start like a JPEG (the filesystem store reads the type from them), different each time. */
    static EncodedImage anImage() {
        byte[] bytes = new byte[4096];
        ThreadLocalRandom.current().nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return EncodedImage.of(bytes, "image/jpeg", 320, 240);
    }
}
