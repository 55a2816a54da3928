package com.forecourt.photo.web;

import com.forecourt.photo.store.PhotoProperties;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PhotoUrlsTest {

    private static final String ID = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void canServePhotosFromTheApiItselfByDefault() {
        PhotoUrls urls = new PhotoUrls(properties("/photos"));

        assertThat(urls.of(ID)).isEqualTo("/photos/" + ID);
        assertThat(urls.origin()).isEmpty();
    }

    @Test
    void canServePhotosFromACdnAndNameItsOrigin() {
        PhotoUrls urls = new PhotoUrls(properties("https://photos.example.co.uk:8443/forecourt/"));

        assertThat(urls.of(ID)).isEqualTo("https://photos.example.co.uk:8443/forecourt/" + ID);
        assertThat(urls.origin()).contains("https://photos.example.co.uk:8443");
    }

    private static PhotoProperties properties(String baseUrl) {
        return new PhotoProperties(PhotoProperties.StoreType.FILESYSTEM, DataSize.ofMegabytes(10), 50_000_000L, 2048,
                320, 2, baseUrl, new PhotoProperties.Filesystem(Path.of("photos")),
                new PhotoProperties.S3(null, "forecourt-photos", "us-east-1", false, "photos/", false,
                        Duration.ofSeconds(30)));
    }
}
