package org.peerproof.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 15's benchmark: for each size, generates the data set into the schema {@code peerproof_bench} (dropped and
 * recreated), starts the domain services on it, runs every measurement and prints it; then writes the report.
 * Run it through {@code scripts/benchmark.sh [size ...]}, which builds it and keeps the test suite off the CPUs.
 *
 * <p>Arguments: sizes ("1k", "10k", "100k" or a number of advocates; all three by default), {@code api} for the
 * JSON API under load ({@link ApiBenchmark}) on the last size's data set, and optionally {@code --report=PATH}.
 * The full run (the three sizes, which include the API) writes {@code docs/benchmarks.md}; {@code api} alone
 * generates the {@value #API_SIZE} data set and replaces only the API section of {@code docs/benchmarks.md}; a run
 * of other sizes writes {@code benchmarks/target/benchmarks.md}, so a quick check does not replace the published
 * figures. {@code api --reuse-data} measures the API on the data set the schema already holds, for profiling
 * loops; it too writes {@code benchmarks/target/benchmarks.md}.
 */
public final class BenchmarkMain {

    static final List<String> PUBLISHED_SIZES = List.of("1k", "10k", "100k");
    static final String SCHEMA = "peerproof_bench";
    static final String API = "api";
    /** The data set the API is published at, issue 15's size. */
    static final String API_SIZE = "100k";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws SQLException, IOException, InterruptedException {
        var sizes = new ArrayList<DataSetSize>();
        Path report = null;
        boolean api = false;
        boolean reuseData = false;
        for (var arg : args) {
            if (arg.equals("--reuse-data")) {
                reuseData = true;
            } else if (arg.startsWith("--report=")) {
                report = Path.of(arg.substring("--report=".length()));
            } else if (arg.equals(API)) {
                api = true;
            } else {
                sizes.add(DataSetSize.parse(arg));
            }
        }
        boolean apiOnly = api && sizes.isEmpty() && !reuseData;
        if (sizes.isEmpty() && !api) {
            PUBLISHED_SIZES.forEach(size -> sizes.add(DataSetSize.parse(size)));
        }
        boolean published = sizes.stream().map(DataSetSize::label).toList().equals(PUBLISHED_SIZES);
        // The published figures include the API's, so that a full run rewrites every section of the report.
        api |= published;
        if (report == null) {
            report = Path.of(published || apiOnly ? "docs/benchmarks.md" : "benchmarks/target/benchmarks.md");
        }
        var database = new BenchmarkDatabase(SCHEMA);
        var machine = Machine.describe(database);
        var results = new ArrayList<BenchmarkReport.SizeResult>();
        DataSetGenerator.DataSet last = null;
        for (var size : sizes) {
            last = generate(database, size);
            results.add(measure(database, last));
        }
        ApiBenchmark.Result apiResult = null;
        if (api) {
            String label;
            if (last != null) {
                label = last.size().label();
            } else if (reuseData) {
                label = "existing (" + database.advocates() + " advocates)";
            } else {
                label = generate(database, DataSetSize.parse(API_SIZE)).size().label();
            }
            System.out.printf("%n== JSON API on the %s data set%n", label);
            apiResult = new ApiBenchmark(database, ApiLoad.STANDARD).run(label, System.out::println);
        }
        var command = System.getProperty("peerproof.benchmark.command",
                "java -jar benchmarks/target/peerproof-benchmarks.jar " + String.join(" ", args));
        var finished = machine.finished();
        var written = report;
        if (!results.isEmpty()) {
            written = new BenchmarkReport(Clock.systemUTC(), finished, command, results).write(report);
        }
        if (apiResult != null) {
            written = new ApiReport(Clock.systemUTC(), finished, command, apiResult, ApiLoad.STANDARD)
                    .writeInto(report);
        }
        System.out.println("Report written to " + written.toAbsolutePath());
    }

    private static DataSetGenerator.DataSet generate(BenchmarkDatabase database, DataSetSize size)
            throws SQLException {
        System.out.printf("%n== %s advocates: generating into %s%n", size.label(), database.schema());
        database.recreate();
        DataSetGenerator.DataSet dataSet;
        try (var connection = database.connect()) {
            dataSet = DataSetGenerator.generate(connection, size);
        }
        System.out.printf("generated in %.1f s: %s, %,d matchable advocates, fingerprint %s%n",
                dataSet.generationTime().toMillis() / 1000.0, dataSet.rowsByTable(), dataSet.matchableAdvocates(),
                dataSet.fingerprint());
        return dataSet;
    }

    private static BenchmarkReport.SizeResult measure(BenchmarkDatabase database, DataSetGenerator.DataSet dataSet)
            throws SQLException {
        try (var context = BenchmarkApplication.start(database)) {
            var measurements = new ScaleBenchmark(context, Runner.STANDARD)
                    .all(dataSet.rankedRequestIds(), System.out::println);
            return new BenchmarkReport.SizeResult(dataSet, measurements);
        }
    }
}
