package org.peerproof.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application, {@code app/target/peerproof.jar}, in a JVM of its own as scripts/run.sh starts it, with the
 * production profiles ({@code prod,mysql}, plus MariaDB's version settings) on the benchmark schema, its own ports,
 * and the scheduled jobs off, so nothing but the load changes the data while it is measured. Its log goes to
 * {@code benchmarks/target/api-app.log}. The system property {@code peerproof.benchmark.app-jar} names another
 * build of the jar, to compare two builds on the same data.
 */
final class ApplicationProcess implements AutoCloseable {

    static final Path JAR = Path.of(System.getProperty("peerproof.benchmark.app-jar", "app/target/peerproof.jar"));
    static final Path LOG = Path.of("benchmarks/target/api-app.log");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final URI base;
    private final List<String> javaOptions;

    private ApplicationProcess(Process process, URI base, List<String> javaOptions) {
        this.process = process;
        this.base = base;
        this.javaOptions = javaOptions;
    }

    /**
     * Starts the jar and waits until its readiness probe answers UP (database and Keycloak's keys reachable).
     *
     * @param javaOptions JVM options of the application (none in scripts/run.sh), e.g. a flight recording
     * @param environment the application's settings, as environment variables
     * @param arguments   further {@code --name=value} settings
     */
    static ApplicationProcess start(int port, int managementPort, List<String> javaOptions,
                                    Map<String, String> environment, List<String> arguments)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build the app module (scripts/benchmark.sh does)");
        }
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>(List.of(java));
        command.addAll(javaOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(arguments);
        Files.createDirectories(LOG.getParent());
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(LOG.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PEERPROOF_MANAGEMENT_PORT", String.valueOf(managementPort));
        var application = new ApplicationProcess(builder.start(), URI.create("http://127.0.0.1:" + port),
                List.copyOf(javaOptions));
        try {
            application.awaitReady(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness"));
        } catch (IOException | InterruptedException | RuntimeException failed) {
            application.close();
            throw failed;
        }
        return application;
    }

    URI base() {
        return base;
    }

    List<String> javaOptions() {
        return javaOptions;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    private void awaitReady(URI readiness) throws IOException, InterruptedException {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited during start-up (exit "
                        + process.exitValue() + "); see " + LOG.toAbsolutePath());
            }
            try {
                var answer = http.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException("The application was not ready within " + START_TIMEOUT + "; see "
                + LOG.toAbsolutePath());
    }

    /** Stops it as an orchestrator would (SIGTERM, graceful shutdown), forcibly after half a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
