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
 * <p>Arguments: sizes ("1k", "10k", "100k" or a number of advocates; all three by default) and optionally
 * {@code --report=PATH}. The full run writes {@code docs/benchmarks.md}; a run of other sizes writes
 * {@code benchmarks/target/benchmarks.md}, so a quick check does not replace the published figures.
 */
public final class BenchmarkMain {

    static final List<String> PUBLISHED_SIZES = List.of("1k", "10k", "100k");
    static final String SCHEMA = "peerproof_bench";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        var sizes = new ArrayList<DataSetSize>();
        Path report = null;
        for (var arg : args) {
            if (arg.startsWith("--report=")) {
                report = Path.of(arg.substring("--report=".length()));
            } else {
                sizes.add(DataSetSize.parse(arg));
            }
        }
        if (sizes.isEmpty()) {
            PUBLISHED_SIZES.forEach(size -> sizes.add(DataSetSize.parse(size)));
        }
        if (report == null) {
            boolean published = sizes.stream().map(DataSetSize::label).toList().equals(PUBLISHED_SIZES);
            report = Path.of(published ? "docs/benchmarks.md" : "benchmarks/target/benchmarks.md");
        }
        var database = new BenchmarkDatabase(SCHEMA);
        var machine = Machine.describe(database);
        var results = new ArrayList<BenchmarkReport.SizeResult>();
        for (var size : sizes) {
            results.add(run(database, size));
        }
        var command = System.getProperty("peerproof.benchmark.command",
                "java -jar benchmarks/target/peerproof-benchmarks.jar " + String.join(" ", args));
        var written = new BenchmarkReport(Clock.systemUTC(), machine.finished(), command, results).write(report);
        System.out.println("Report written to " + written.toAbsolutePath());
    }

    private static BenchmarkReport.SizeResult run(BenchmarkDatabase database, DataSetSize size) throws SQLException {
        System.out.printf("%n== %s advocates: generating into %s%n", size.label(), database.schema());
        database.recreate();
        DataSetGenerator.DataSet dataSet;
        try (var connection = database.connect()) {
            dataSet = DataSetGenerator.generate(connection, size);
        }
        System.out.printf("generated in %.1f s: %s, %,d matchable advocates, fingerprint %s%n",
                dataSet.generationTime().toMillis() / 1000.0, dataSet.rowsByTable(), dataSet.matchableAdvocates(),
                dataSet.fingerprint());
        try (var context = BenchmarkApplication.start(database)) {
            var measurements = new ScaleBenchmark(context, Runner.STANDARD)
                    .all(dataSet.rankedRequestIds(), System.out::println);
            return new BenchmarkReport.SizeResult(dataSet, measurements);
        }
    }
}
