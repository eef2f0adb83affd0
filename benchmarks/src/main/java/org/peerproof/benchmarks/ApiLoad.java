package org.peerproof.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load on one API endpoint: {@code clients} threads, each with its own advocate's bearer token, send
 * the next request as soon as the previous answer is read, over kept-alive HTTP/1.1 connections (one JDK
 * {@link HttpClient}, as a client library pools them). First {@code warmUp}, unrecorded; then every request
 * started within {@code window} is timed. An answer other than 200 fails the measurement.
 *
 * @param clients concurrent clients
 * @param warmUp  load before the timed window (JIT, connection pool, caches)
 * @param window  the timed window
 */
record ApiLoad(int clients, Duration warmUp, Duration window) {

    /** Issue 15's goal is stated at 50 concurrent clients. */
    static final ApiLoad STANDARD = new ApiLoad(50, Duration.ofSeconds(15), Duration.ofSeconds(30));

    /**
     * The timed requests of one endpoint.
     *
     * @param endpoint      the path measured, e.g. /api/v1/me
     * @param clients       concurrent clients
     * @param window        the timed window
     * @param nanos         each timed request's time from sending to the whole answer read
     * @param responseBytes mean size of an answer's body as sent (compressed if the server compressed it)
     * @param cpuPerRequest CPU time per timed request of each process watched (the application, the database),
     *                      over the window: unlike throughput it hardly depends on what else the machine runs
     */
    record Result(String endpoint, int clients, Duration window, List<Long> nanos, long responseBytes,
                  Map<String, Duration> cpuPerRequest) {

        Result {
            nanos = List.copyOf(nanos);
            cpuPerRequest = Collections.unmodifiableMap(new LinkedHashMap<>(cpuPerRequest));
        }

        double requestsPerSecond() {
            return nanos.size() / (window.toNanos() / 1e9);
        }

        Duration percentile(int percent) {
            return Measurement.percentile(nanos.stream().mapToLong(Long::longValue).sorted().toArray(), percent);
        }

        @Override
        public String toString() {
            return "GET %s at %d clients: %,.0f req/s, p50 %s / p95 %s / max %s ms, %,d requests, %,d bytes each, CPU per request %s"
                    .formatted(endpoint, clients, requestsPerSecond(), Measurement.millis(percentile(50)),
                            Measurement.millis(percentile(95)), Measurement.millis(percentile(100)), nanos.size(),
                            responseBytes, cpuPerRequest);
        }
    }

    /**
     * Loads {@code base + endpoint}; client {@code i} sends {@code tokens.get(i % tokens.size())}. The CPU time of
     * each of {@code watched} is read as the window opens and closes.
     */
    Result measure(URI base, String endpoint, List<String> tokens, Map<String, ProcessHandle> watched)
            throws InterruptedException {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        long windowStart = System.nanoTime() + warmUp.toNanos();
        long windowEnd = windowStart + window.toNanos();
        var perClient = new ArrayList<Client>();
        var threads = new ArrayList<Thread>();
        var bytes = new AtomicLong();
        for (int i = 0; i < clients; i++) {
            var request = HttpRequest.newBuilder(base.resolve(endpoint)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + tokens.get(i % tokens.size()))
                    .header("Accept", "application/json").header("Accept-Encoding", "gzip").GET().build();
            var client = new Client(http, request, windowStart, windowEnd, bytes);
            perClient.add(client);
            threads.add(Thread.ofPlatform().name("api-client-" + i).start(client));
        }
        Thread.sleep(Duration.ofNanos(Math.max(0, windowStart - System.nanoTime())));
        var cpuAtStart = cpuTimes(watched);
        Thread.sleep(Duration.ofNanos(Math.max(0, windowEnd - System.nanoTime())));
        var cpuAtEnd = cpuTimes(watched);
        for (var thread : threads) {
            thread.join();
        }
        var nanos = new ArrayList<Long>();
        for (var client : perClient) {
            if (client.failure != null) {
                throw new IllegalStateException("GET " + endpoint + " failed: " + client.failure.getMessage(),
                        client.failure);
            }
            Arrays.stream(client.timings, 0, client.count).forEach(nanos::add);
        }
        if (nanos.isEmpty()) {
            throw new IllegalStateException("GET " + endpoint + ": no request finished in the timed window");
        }
        http.close();
        var cpuPerRequest = new LinkedHashMap<String, Duration>();
        for (var process : cpuAtStart.keySet()) {
            cpuPerRequest.put(process, cpuAtEnd.get(process).minus(cpuAtStart.get(process)).dividedBy(nanos.size()));
        }
        return new Result(endpoint, clients, window, nanos, bytes.get() / nanos.size(), cpuPerRequest);
    }

    private static Map<String, Duration> cpuTimes(Map<String, ProcessHandle> watched) {
        var times = new LinkedHashMap<String, Duration>();
        watched.forEach((name, process) -> process.info().totalCpuDuration()
                .ifPresent(cpu -> times.put(name, cpu)));
        return times;
    }

    /** One client's loop; it keeps its own timings, so the clients share nothing but the connection pool. */
    private static final class Client implements Runnable {

        private final HttpClient http;
        private final HttpRequest request;
        private final long windowStart;
        private final long windowEnd;
        private final AtomicLong bytes;
        private long[] timings = new long[4_096];
        private int count;
        private Exception failure;

        Client(HttpClient http, HttpRequest request, long windowStart, long windowEnd, AtomicLong bytes) {
            this.http = http;
            this.request = request;
            this.windowStart = windowStart;
            this.windowEnd = windowEnd;
            this.bytes = bytes;
        }

        @Override
        public void run() {
            try {
                long started;
                while ((started = System.nanoTime()) < windowEnd) {
                    var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - started;
                    if (response.statusCode() != 200) {
                        throw new IOException("HTTP " + response.statusCode() + ": "
                                + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                    if (started >= windowStart) {
                        record(took);
                        bytes.addAndGet(response.body().length);
                    }
                }
            } catch (IOException | RuntimeException broken) {
                failure = broken;
            } catch (InterruptedException interrupted) {
                failure = interrupted;
                Thread.currentThread().interrupt();
            }
        }

        private void record(long took) {
            if (count == timings.length) {
                timings = Arrays.copyOf(timings, count * 2);
            }
            timings[count++] = took;
        }
    }
}
