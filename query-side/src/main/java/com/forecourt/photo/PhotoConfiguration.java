package com.forecourt.photo;

import com.forecourt.photo.image.PhotoRenderer;
import com.forecourt.photo.store.FilesystemPhotoStore;
import com.forecourt.photo.store.PhotoProperties;
import com.forecourt.photo.store.PhotoStore;
import com.forecourt.photo.store.S3PhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The photo store that {@code forecourt.photos.store} names and the renderer of uploads (ADR 16). Only the store
 * chosen is built: the filesystem store needs no S3 client, and the S3 store no directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PhotoProperties.class)
public class PhotoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PhotoConfiguration.class);

    /** JPEG qualities: the photo a buyer looks at closely, the thumbnail in a list of many. */
    private static final float PHOTO_QUALITY = 0.85f;
    private static final float THUMBNAIL_QUALITY = 0.8f;

    @Bean
    PhotoRenderer photoRenderer(PhotoProperties properties) {
        PhotoRenderer renderer = new PhotoRenderer(new PhotoRenderer.Settings(properties.maxPixels(),
                properties.displaySize(), properties.thumbnailWidth(), PHOTO_QUALITY, THUMBNAIL_QUALITY));
        log.info("Photo decoders: {}", renderer.decoders());
        return renderer;
    }

    @Bean
    PhotoStore photoStore(PhotoProperties properties) {
        if (properties.store() == PhotoProperties.StoreType.S3) {
            PhotoProperties.S3 s3 = properties.s3();
            S3PhotoStore store = new S3PhotoStore(s3Client(s3), s3.bucket(), s3.prefix(), s3.createBucket());
            store.checkBucket();
            return store;
        }
        FilesystemPhotoStore store = new FilesystemPhotoStore(properties.filesystem().directory());
        log.info("Photo store: directory {}", store.directory());
        return store;
    }

    /**
     * An S3 client with the SDK's standard credential providers. Checksums are computed only where S3 requires them
     * (the S3 store sends a Content-MD5 itself): S3-compatible stores differ in the newer checksum headers.
     */
    static S3Client s3Client(PhotoProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                .credentialsProvider(DefaultCredentialsProvider.builder().build())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .overrideConfiguration(config -> config.apiCallTimeout(s3.timeout()));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }
}
