package com.forecourt.security;

import com.forecourt.testing.IntegrationTestSupport;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded flood of the largest requests the limits allow (a body just under 64 KB selecting 500 aliased
 * {@code __typename}, the most fields allowed), and of requests just over them (501 fields, 5,001 tokens), leaves the JVM's memory where it was
 * and costs each request a bounded amount of allocation. The application runs in this JVM, so its heap is measured
 * directly: used heap after a full collection before and after, and the bytes every thread allocated meanwhile.
 * Before the limits, one such request of 14,000 {@code __typename} allocated over a hundred megabytes.
 */
class RequestFloodIntegrationTest extends IntegrationTestSupport {

    private static final int CONCURRENT = 20;
    private static final int ROUNDS = 3;
    private static final int MAX_BODY = 64 * 1024;
    private static final long MEGABYTE = 1024 * 1024;

    @Test
    void canAnswerAFloodOfTheLargestAllowedRequestsWithoutTheHeapGrowing() throws Exception {
        String largest = largestAllowed();
        String tooManyFields = "{\"query\":\"{" + " __typename".repeat(501) + " }\"}";
        String tooManyTokens = "{\"query\":\"{" + " __typename".repeat(5_001) + " }\"}";
        flood(largest, 2); // warm up: classes, caches and pools the first requests create
        long before = usedHeapAfterCollection();
        long allocatedBefore = allocatedByAllThreads();

        List<Integer> statuses = new ArrayList<>();
        statuses.addAll(flood(largest, ROUNDS));
        statuses.addAll(flood(tooManyFields, ROUNDS));
        statuses.addAll(flood(tooManyTokens, ROUNDS));

        long allocated = allocatedByAllThreads() - allocatedBefore;
        long after = usedHeapAfterCollection();
        assertThat(statuses).containsOnly(200);
        assertThat(after - before).as("heap growth in bytes").isLessThan(64 * MEGABYTE);
        assertThat(allocated / (3L * CONCURRENT * ROUNDS)).as("bytes allocated per request").isLessThan(16 * MEGABYTE);
    }

    /** 500 aliased __typename (the field limit), padded with spaces to just under the body limit. */
    private static String largestAllowed() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 500; i++) {
            query.append(" a").append(i).append(": __typename");
        }
        query.append(" }");
        String body = "{\"query\":\"" + query + "\"}";
        return body.substring(0, body.length() - 3) + " ".repeat(MAX_BODY - body.length() - 16) + "}\"}";
    }

    private List<Integer> flood(String body, int rounds) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        List<Integer> statuses = new ArrayList<>();
        ExecutorService senders = Executors.newFixedThreadPool(CONCURRENT);
        try {
            for (int round = 0; round < rounds; round++) {
                List<Future<HttpResponse<String>>> responses = new ArrayList<>();
                for (int i = 0; i < CONCURRENT; i++) {
                    responses.add(senders.submit(() -> client.send(request, HttpResponse.BodyHandlers.ofString())));
                }
                for (Future<HttpResponse<String>> response : responses) {
                    HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
                    assertThat(answer.body()).satisfiesAnyOf(
                            text -> assertThat(text).contains("\"a499\":\"Query\""),
                            text -> assertThat(text).contains("TOO_MANY_FIELDS"),
                            text -> assertThat(text).contains("TOO_MANY_TOKENS"));
                    statuses.add(answer.statusCode());
                }
            }
        } finally {
            senders.shutdownNow();
        }
        return statuses;
    }

    private static long usedHeapAfterCollection() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long allocatedByAllThreads() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long allocated : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(0, allocated);
        }
        return total;
    }
}
