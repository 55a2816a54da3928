package com.forecourt.photo.store;

import com.forecourt.photo.image.EncodedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

/**
 * Photo files as objects of an S3 bucket (Amazon S3 or any S3-compatible store), for the distributed deployment: key
 * {@code <prefix><id>}, with the media type and the same immutable cache header the application serves, so a CDN in
 * front of the bucket may serve them too. Writes send a Content-MD5, so the store refuses a body damaged on the way;
 * an object is stored whole or not at all (S3's PUT). An object already under the key is not written again.
 */
public final class S3PhotoStore implements PhotoStore, AutoCloseable {

    /** The cache header of every photo file: content-addressed files never change (ADR 16). */
    public static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private static final Logger log = LoggerFactory.getLogger(S3PhotoStore.class);
    private static final int NOT_FOUND = 404;

    private final S3Client client;
    private final String bucket;
    private final String prefix;
    private final boolean createBucket;

    /**
     * @param createBucket whether to create the bucket when it does not exist (development and compose; in
     *                     production the bucket is provisioned, and the application's credentials need no right to
     *                     create one)
     */
    public S3PhotoStore(S3Client client, String bucket, String prefix, boolean createBucket) {
        this.client = client;
        this.bucket = bucket;
        this.prefix = prefix == null ? "" : prefix;
        this.createBucket = createBucket;
    }

    /** Checks at start-up that the bucket is there (creating it if allowed); a failure is logged, not fatal. */
    public void checkBucket() {
        try {
            client.headBucket(request -> request.bucket(bucket));
            log.info("Photo store: S3 bucket {} (keys {}<sha256>)", bucket, prefix);
        } catch (NoSuchBucketException e) {
            createOrReport(e);
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                createOrReport(e);
            } else {
                log.warn("Photo store: S3 bucket {} answered HTTP {}; uploads will fail until it is reachable",
                        bucket, e.statusCode());
            }
        } catch (SdkException e) {
            log.warn("Photo store: S3 bucket {} cannot be reached ({}); uploads will fail until it is", bucket,
                    e.getClass().getSimpleName());
        }
    }

    private void createOrReport(S3Exception missing) {
        if (!createBucket) {
            log.warn("Photo store: S3 bucket {} does not exist, and forecourt.photos.s3.create-bucket is off", bucket);
            return;
        }
        client.createBucket(request -> request.bucket(bucket));
        log.info("Photo store: created S3 bucket {}", bucket);
    }

    @Override
    public boolean put(EncodedImage image) {
        String key = prefix + image.id();
        try {
            if (exists(key)) {
                return false;
            }
            client.putObject(request -> request.bucket(bucket).key(key)
                            .contentType(image.contentType())
                            .contentLength(image.sizeBytes())
                            .contentMD5(md5(image.bytes()))
                            .cacheControl(CACHE_CONTROL),
                    RequestBody.fromBytes(image.bytes()));
            return true;
        } catch (SdkException e) {
            throw new PhotoStoreUnavailableException("Cannot write to the S3 photo bucket", e);
        }
    }

    @Override
    public Optional<StoredPhoto> open(String id) {
        try {
            ResponseInputStream<GetObjectResponse> object = client.getObject(request -> request.bucket(bucket)
                    .key(prefix + id));
            GetObjectResponse response = object.response();
            String contentType = response.contentType() == null ? "application/octet-stream" : response.contentType();
            return Optional.of(new StoredPhoto(object, response.contentLength(), contentType));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw new PhotoStoreUnavailableException("Cannot read from the S3 photo bucket", e);
        }
    }

    private boolean exists(String key) {
        try {
            client.headObject(request -> request.bucket(bucket).key(key));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** Closes the S3 client and its connections. */
    @Override
    public void close() {
        client.close();
    }

    private static String md5(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has MD5", e);
        }
    }
}
