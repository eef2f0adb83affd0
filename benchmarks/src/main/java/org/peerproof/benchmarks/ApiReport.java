package org.peerproof.benchmarks;

import static org.peerproof.benchmarks.Measurement.millis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The JSON API section of docs/benchmarks.md. It has a heading of its own and replaces only itself: the full run
 * writes the rest of the file first and then this section, and {@code scripts/benchmark.sh api} rewrites just this
 * section, so both leave the file as a full rerun would.
 */
final class ApiReport {

    static final String HEADING = "## JSON API under concurrent load";

    private static final Map<String, String> GOALS = Map.of(
            "/api/v1/me", ">= 2,000 req/s, p95 < 50 ms",
            "/api/v1/asks", ">= 1,000 req/s, p95 < 50 ms");

    private final Clock clock;
    private final Machine machine;
    private final String command;
    private final ApiBenchmark.Result result;
    private final ApiLoad load;

    ApiReport(Clock clock, Machine machine, String command, ApiBenchmark.Result result, ApiLoad load) {
        this.clock = clock;
        this.machine = machine;
        this.command = command;
        this.result = result;
        this.load = load;
    }

    /** Writes the section into {@code path}: in place of the one there, or at the end. */
    Path writeInto(Path path) throws IOException {
        var existing = Files.exists(path) ? Files.readString(path) : "# Benchmarks\n\n";
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return Files.writeString(path, replaceSection(existing, markdown()));
    }

    static String replaceSection(String document, String section) {
        int start = document.indexOf(HEADING + "\n");
        if (start < 0) {
            return document.stripTrailing() + "\n\n" + section;
        }
        int next = document.indexOf("\n## ", start + HEADING.length());
        var rest = next < 0 ? "" : document.substring(next + 1);
        return document.substring(0, start) + section + (rest.isEmpty() ? "" : "\n" + rest);
    }

    String markdown() {
        var out = new StringBuilder(HEADING).append("\n\n");
        out.append("Issue 15's goal: at ").append(load.clients()).append(" concurrent clients, `GET /api/v1/me` at "
                        + "2,000 requests per second or more, `GET /api/v1/asks` at 1,000 or more, p95 under 50 ms. "
                        + "Measured on ").append(LocalDate.now(clock)).append(" (UTC) with `").append(command)
                .append("` on the ").append(result.dataSet()).append(" data set; code: ").append(machine.commit())
                .append("; load average (1 min) before / after: ").append("%.2f / %.2f".formatted(
                        machine.loadAtStart(), machine.loadAtEnd())).append(".\n\n");
        out.append("| endpoint | requests per second | p50 / p95 / max (ms) | timed requests | bytes per answer | "
                + "CPU per request, application / database (ms) | goal (issue 15) |\n|---|---:|---:|---:|---:|---:|---|\n");
        for (var endpoint : result.results()) {
            out.append("| `GET ").append(endpoint.endpoint()).append("` | ")
                    .append("%,.0f".formatted(endpoint.requestsPerSecond())).append(" | ")
                    .append(millis(endpoint.percentile(50))).append(" / ").append(millis(endpoint.percentile(95)))
                    .append(" / ").append(millis(endpoint.percentile(100))).append(" | ")
                    .append("%,d".formatted(endpoint.nanos().size())).append(" | ")
                    .append("%,d".formatted(endpoint.responseBytes())).append(" | ")
                    .append(cpu(endpoint, "application")).append(" / ").append(cpu(endpoint, "database"))
                    .append(" | ").append(GOALS.getOrDefault(endpoint.endpoint(), "")).append(" |\n");
        }
        out.append('\n')
                .append("- The real application (`").append(ApplicationProcess.JAR).append("`, profiles `prod,mysql` "
                        + "on the schema `").append(BenchmarkMain.SCHEMA).append("`, scheduled jobs off, JVM options `")
                .append(result.javaOptions().isEmpty() ? "none, as scripts/run.sh" : String.join(" ",
                        result.javaOptions())).append("`) on port ").append(ApiBenchmark.PORT)
                .append(", with the real Keycloak of scripts/keycloak.sh: every request carries an access token that "
                        + "the application checks in full (signature, expiry, issuer, audience, client).\n")
                .append("- ").append(load.clients()).append(" clients in one JVM (JDK `HttpClient`, HTTP/1.1 "
                        + "keep-alive, gzip accepted), each signed in as a different advocate: the first ")
                .append(result.advocates()).append(" active advocates of reviewed accounts, ")
                .append("%,d".formatted(result.asks())).append(" asks between them. Each is a Keycloak user "
                        + "created for the run with the advocate's verified email; tokens come from a client "
                        + "created for the run with direct access grants (`").append(BenchmarkKeycloak.CLIENT_ID)
                .append("`, the PWA's token mappers) and both are removed afterwards. Each advocate's first call, "
                        + "which links the record to the Keycloak user, is made before the timing.\n")
                .append("- Closed loop: each client sends its next request when the answer is read. Warm-up ")
                .append(load.warmUp().toSeconds()).append(" s per endpoint, then every request started in a ")
                .append(load.window().toSeconds()).append(" s window is timed, from sending to the whole answer "
                        + "read. The clients, Keycloak and MariaDB share the machine's ")
                .append(machine.cpus()).append(" CPUs with the application. CPU per request is the CPU time the "
                        + "application's and the database server's processes used during the window, divided by "
                        + "the requests timed: it varies less than throughput with other work on the machine, but "
                        + "it does vary (caches and memory bandwidth are shared).\n");
        return out.toString();
    }

    private static String cpu(ApiLoad.Result endpoint, String process) {
        var cpu = endpoint.cpuPerRequest().get(process);
        return cpu == null ? "-" : "%.2f".formatted(cpu.toNanos() / 1e6);
    }
}
