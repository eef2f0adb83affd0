package org.peerproof.benchmarks;

import static org.peerproof.benchmarks.Measurement.mebibytes;
import static org.peerproof.benchmarks.Measurement.millis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** docs/benchmarks.md: the figures of one run at each size, with what they were measured on and how. */
final class BenchmarkReport {

    /** One size's data set and measurements. */
    record SizeResult(DataSetGenerator.DataSet dataSet, List<Measurement> measurements) {

        Measurement measurement(String operation) {
            return measurements.stream().filter(m -> m.operation().equals(operation)).findFirst().orElseThrow();
        }
    }

    /**
     * Sections measured by other means and written into the file by hand, which a rerun keeps: the Lighthouse figures
     * of {@code scripts/lighthouse.sh}. (The API section is written after this report, {@link ApiReport}.)
     */
    static final List<String> KEPT_SECTIONS = List.of("## Lighthouse");

    /** Issue 15's goals, on two cores, by operation. */
    private static final Map<String, String> GOALS = Map.of(
            ScaleBenchmark.RANKING, "p95 < 50 ms at 100k",
            ScaleBenchmark.RANKING_PROTECTED, "paged separately",
            ScaleBenchmark.DIRECTORY_FIRST_PAGE, "< 50 ms at 100k",
            ScaleBenchmark.DIRECTORY_FILTERED_PAGE, "< 50 ms at 100k",
            ScaleBenchmark.METRICS, "< 300 ms at 100k");

    private static final List<String> OPERATIONS = List.of(ScaleBenchmark.RANKING, ScaleBenchmark.RANKING_PROTECTED,
            ScaleBenchmark.DIRECTORY_FIRST_PAGE, ScaleBenchmark.DIRECTORY_FILTERED_PAGE,
            ScaleBenchmark.DIRECTORY_FILTERED_COUNT, ScaleBenchmark.METRICS);

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            ScaleBenchmark.RANKING, "`MatchingService.rankEligible(request, now, 0, " + ScaleBenchmark.PAGE_SIZE
                    + ")`: the best " + ScaleBenchmark.PAGE_SIZE + " advocates rule 1 lets be asked, with their score "
                    + "breakdown, and how many there are, over the " + DataSetGenerator.RANKED_REQUESTS
                    + " newest requests in turn (at the start of issue 15 the whole ranking took p95 18.7 s at 100k)",
            ScaleBenchmark.RANKING_PROTECTED, "`MatchingService.rankIneligible(request, now, 0, "
                    + ScaleBenchmark.PAGE_SIZE + ")`: the first page of advocates who cannot be asked now, with why, "
                    + "over the same requests",
            ScaleBenchmark.DIRECTORY_FIRST_PAGE, "`AdvocateDirectory.page`: no filter, default sort (stale profiles "
                    + "first, then name), rows 1-" + ScaleBenchmark.PAGE_SIZE,
            ScaleBenchmark.DIRECTORY_FILTERED_PAGE, "`AdvocateDirectory.page`: region EMEA, active, willing for "
                    + "30-minute calls, available today; default sort, rows 1-" + ScaleBenchmark.PAGE_SIZE,
            ScaleBenchmark.DIRECTORY_FILTERED_COUNT, "`AdvocateDirectory.count` of the same filter (the grid's "
                    + "total)",
            ScaleBenchmark.METRICS, "`ProgramMetrics.report`: the dashboard's default period, all regions and "
                    + "products");

    private final Clock clock;
    private final Machine machine;
    private final String command;
    private final List<SizeResult> results;

    BenchmarkReport(Clock clock, Machine machine, String command, List<SizeResult> results) {
        this.clock = clock;
        this.machine = machine;
        this.command = command;
        this.results = List.copyOf(results);
    }

    /** Writes the report over {@code path}, keeping the sections other tools put there ({@link #KEPT_SECTIONS}). */
    Path write(Path path) throws IOException {
        var previous = Files.exists(path) ? Files.readString(path) : "";
        if (path.getParent() != null) {
            Files.createDirectories(path.getParent());
        }
        return Files.writeString(path, withKeptSections(markdown(), previous));
    }

    /** {@code report} followed by the {@link #KEPT_SECTIONS} found in {@code previous}, in that order. */
    static String withKeptSections(String report, String previous) {
        var out = new StringBuilder(report);
        for (var heading : KEPT_SECTIONS) {
            int start = previous.indexOf(heading + "\n");
            if (start >= 0) {
                int next = previous.indexOf("\n## ", start + heading.length());
                out.append(out.toString().endsWith("\n\n") ? "" : "\n")
                        .append(next < 0 ? previous.substring(start) : previous.substring(start, next + 1));
            }
        }
        return out.toString();
    }

    String markdown() {
        var out = new StringBuilder();
        out.append("""
                # Benchmarks

                Issue 15's scale measurements: a generated program in MariaDB at several sizes, and the time the domain
                services take on it. Written by the benchmark itself (`scripts/benchmark.sh`, module `benchmarks/`):
                run it again rather than editing this file. Each run replaces the file; compare runs through its git
                history, by commit and by the data sets' fingerprints (equal fingerprints, identical rows).

                """);
        out.append("Measured on ").append(LocalDate.now(clock)).append(" (UTC) with `").append(command)
                .append("`.\n\n");
        machine(out);
        times(out);
        allocations(out);
        dataSets(out);
        method(out);
        return out.toString();
    }

    private void machine(StringBuilder out) {
        out.append("## Machine\n\n")
                .append("- CPUs: ").append(machine.cpus()).append(" (").append(machine.cpuModel()).append(")\n")
                .append("- RAM: ").append(Math.round(machine.memoryBytes() / (1024.0 * 1024 * 1024))).append(" GiB\n")
                .append("- Java: ").append(machine.java()).append(", options `")
                .append(String.join(" ", machine.jvmArguments())).append("`\n")
                .append("- Database: ").append(machine.database()).append(", InnoDB buffer pool ")
                .append(machine.bufferPoolMebibytes()).append(" MiB (the server's setting; not tuned)\n")
                .append("- Code: commit ").append(machine.commit()).append("\n")
                .append("- Load average (1 min) before / after the run: ")
                .append("%.2f / %.2f".formatted(machine.loadAtStart(), machine.loadAtEnd()))
                .append(" (other work on the machine; the app tests wait for the lock)\n\n");
    }

    private void times(StringBuilder out) {
        out.append("## Time per call\n\np50 / p95 / max in milliseconds, after warm-up; runs in the last table.\n\n");
        header(out, "operation", "goal (issue 15)");
        for (var operation : OPERATIONS) {
            row(out, operation, result -> {
                var m = result.measurement(operation);
                return millis(m.p50()) + " / " + millis(m.p95()) + " / " + millis(m.max());
            }, GOALS.getOrDefault(operation, ""));
        }
        out.append('\n');
    }

    private void allocations(StringBuilder out) {
        out.append("## Heap allocated per call\n\nMean over the timed runs, on the calling thread.\n\n");
        header(out, "operation");
        for (var operation : OPERATIONS) {
            row(out, operation, result -> mebibytes(result.measurement(operation).meanAllocatedBytes()));
        }
        out.append('\n');
    }

    private void dataSets(StringBuilder out) {
        out.append("## Data sets\n\nRows per table, generated with batched JDBC inserts (seed ")
                .append(DataSetGenerator.SEED).append(", now = ").append(DataSetGenerator.NOW).append(").\n\n");
        header(out, "table");
        row(out, "matchable advocates (active, reviewed account)",
                result -> "%,d".formatted(result.dataSet().matchableAdvocates()));
        for (var table : results.getFirst().dataSet().rowsByTable().keySet()) {
            row(out, "`" + table + "`", result -> "%,d".formatted(result.dataSet().rowsByTable().get(table)));
        }
        row(out, "fingerprint of the values written", result -> "`" + result.dataSet().fingerprint() + "`");
        row(out, "generation time",
                result -> "%.1f s".formatted(result.dataSet().generationTime().toMillis() / 1000.0));
        out.append('\n');
    }

    private void method(StringBuilder out) {
        out.append("## How it is measured\n\n");
        for (var operation : OPERATIONS) {
            out.append("- **").append(operation).append("**: ").append(DESCRIPTIONS.get(operation)).append(".\n");
        }
        var runner = Runner.STANDARD;
        out.append("- Each call runs in its own read-only transaction, as a screen or API request runs it, on a Spring "
                        + "context of the domain services (no web server, no scheduled jobs) against the schema "
                        + "`").append(BenchmarkMain.SCHEMA).append("`, built by the application's Flyway migrations. "
                        + "The clock stands at the data set's now.\n")
                .append("- Warm-up: at least ").append(runner.minWarmUps()).append(" calls and ")
                .append(runner.warmUpTime().toSeconds()).append(" s; then at least ").append(runner.minRuns())
                .append(" timed calls, more until ").append(runner.runTime().toSeconds())
                .append(" s have passed (at most ")
                .append(runner.maxRuns()).append("). Percentiles are nearest-rank: with few runs p95 is the slowest.\n")
                .append("- Heap allocation per call is HotSpot's per-thread counter "
                        + "(`com.sun.management.ThreadMXBean#getThreadAllocatedBytes`).\n")
                .append("- `scripts/benchmark.sh` holds `/tmp/peerproof-app.lock` (as the app tests do) while it "
                        + "measures, so the test suite does not share the CPUs with it.\n\n");
        header(out, "timed runs");
        for (var operation : OPERATIONS) {
            row(out, operation, result -> String.valueOf(result.measurement(operation).runs()));
        }
        out.append('\n');
    }

    private void header(StringBuilder out, String first, String... last) {
        out.append("| ").append(first);
        results.forEach(result -> out.append(" | ").append(result.dataSet().size().label()));
        for (var column : last) {
            out.append(" | ").append(column);
        }
        out.append(" |\n|---");
        results.forEach(result -> out.append("|---:"));
        for (int i = 0; i < last.length; i++) {
            out.append("|---");
        }
        out.append("|\n");
    }

    private void row(StringBuilder out, String first, Function<SizeResult, String> cell, String... last) {
        out.append("| ").append(first);
        results.forEach(result -> out.append(" | ").append(cell.apply(result)));
        for (var column : last) {
            out.append(" | ").append(column);
        }
        out.append(" |\n");
    }
}
