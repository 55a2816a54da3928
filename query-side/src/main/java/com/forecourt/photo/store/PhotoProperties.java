package com.forecourt.photo.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The {@code forecourt.photos.*} properties (README, "Configuration"; ADR 16).
 *
 * @param store                  {@code filesystem} [default] or {@code s3}: where photo files are kept
 * @param maxUploadSize          the largest upload [10MB]; larger ones get HTTP 413 PHOTO_TOO_LARGE
 * @param maxPixels              the most pixels (width × height) of an upload [50000000]; more get PHOTO_TOO_LARGE
 * @param displaySize            the longest side of the photo served, in pixels [2048]; smaller uploads keep theirs
 * @param thumbnailWidth         the thumbnail's width in pixels [320]; uploads must be at least this wide and half
 *                               as high
 * @param maxConcurrentUploads   uploads rendered at once per node [2]; each needs up to about 100 MB of heap
 * @param baseUrl                what a photo's id is appended to in {@code Photo.url} [/photos]: the application's
 *                               own {@code GET /photos/{id}}, or a CDN serving the same files
 * @param filesystem             {@code forecourt.photos.filesystem.*}
 * @param s3                     {@code forecourt.photos.s3.*}
 */
@ConfigurationProperties("forecourt.photos")
public record PhotoProperties(
        @DefaultValue("filesystem") StoreType store,
        @DefaultValue("10MB") DataSize maxUploadSize,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue("2048") int displaySize,
        @DefaultValue("320") int thumbnailWidth,
        @DefaultValue("2") int maxConcurrentUploads,
        @DefaultValue("/photos") String baseUrl,
        @DefaultValue Filesystem filesystem,
        @DefaultValue S3 s3) {

    /** Where photo files are kept. */
    public enum StoreType {
        /** A directory of this node ({@link FilesystemPhotoStore}). */
        FILESYSTEM,
        /** An S3 bucket ({@link S3PhotoStore}). */
        S3
    }

    /**
     * @param directory the directory of the files [./data/photos; the embedded default sets
     *                  {@code ${forecourt.embedded.data-dir}/photos}]
     */
    public record Filesystem(@DefaultValue("./data/photos") Path directory) {
    }

    /**
     * Credentials are not properties: the AWS SDK's standard providers find them (environment variables
     * {@code AWS_ACCESS_KEY_ID} and {@code AWS_SECRET_ACCESS_KEY}, the shared profile files, web identity tokens,
     * container and instance roles).
     *
     * @param endpoint       an S3-compatible store's URL, e.g. {@code http://seaweedfs:8333}; none for Amazon S3
     * @param bucket         the bucket [forecourt-photos]
     * @param region         the region [us-east-1]; S3-compatible stores usually accept any
     * @param pathStyle      bucket in the path rather than the host name [false]; most S3-compatible stores need it
     * @param prefix         put before every object key [photos/]
     * @param createBucket   create the bucket at start-up when missing [false]
     * @param timeout        the longest an S3 call may take, retries included [30s]
     */
    public record S3(URI endpoint,
                     @DefaultValue("forecourt-photos") String bucket,
                     @DefaultValue("us-east-1") String region,
                     @DefaultValue("false") boolean pathStyle,
                     @DefaultValue("photos/") String prefix,
                     @DefaultValue("false") boolean createBucket,
                     @DefaultValue("30s") Duration timeout) {
    }
}
