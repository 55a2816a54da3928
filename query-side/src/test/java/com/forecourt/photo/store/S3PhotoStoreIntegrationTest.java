package com.forecourt.photo.store;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 photo store against a real S3 server in this JVM: S3Proxy (from Maven Central) on its in-memory store,
 * started afresh for each test, reached over HTTP with AWS Signature V4 by the same SDK client the application uses.
 */
class S3PhotoStoreIntegrationTest extends PhotoStoreContract {

    private static final String BUCKET = "forecourt-photos-test";

    @RegisterExtension
    static final S3ProxyExtension S3_PROXY = S3ProxyExtension.builder()
            .withBlobStoreProvider("transient-nio2")
            .withCredentials("forecourt-access-key", "forecourt-secret-key")
            .build();

    private S3Client client;
    private S3PhotoStore store;

    @BeforeEach
    void setUp() {
        client = S3Client.builder()
                .endpointOverride(S3_PROXY.getUri())
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(S3_PROXY.getAccessKey(), S3_PROXY.getSecretKey())))
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
        store = new S3PhotoStore(client, BUCKET, "photos/", true);
        store.checkBucket();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Override
    PhotoStore store() {
        return store;
    }

    @Override
    long storedFiles() {
        return client.listObjectsV2(request -> request.bucket(BUCKET)).keyCount();
    }

    @Test
    void canStoreAnObjectWithItsTypeAndCacheHeaderUnderThePrefix() {
        var image = anImage();

        store.put(image);

        HeadObjectResponse head = client.headObject(request -> request.bucket(BUCKET).key("photos/" + image.id()));
        assertThat(head.contentType()).isEqualTo("image/jpeg");
        assertThat(head.cacheControl()).isEqualTo("public, max-age=31536000, immutable");
        assertThat(head.contentLength()).isEqualTo(image.sizeBytes());
    }

    @Test
    void canCreateTheBucketWhenAllowed() {
        var other = new S3PhotoStore(client, "created-at-start", "", true);

        other.checkBucket();

        assertThat(client.listBuckets().buckets()).anyMatch(bucket -> bucket.name().equals("created-at-start"));
    }
}
