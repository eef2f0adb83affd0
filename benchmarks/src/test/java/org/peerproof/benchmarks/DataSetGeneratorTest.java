package org.peerproof.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The generated program is the same on every run and has issue 15's proportions. */
class DataSetGeneratorTest {

    static final DataSetSize SIZE = DataSetSize.parse("1k");

    @Test
    void theSameSizeGivesTheSameRowsWithIssue15sProportions() throws SQLException {
        var database = new BenchmarkDatabase(
                "peerproof_bench_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
        try {
            var first = generate(database);
            var second = generate(database);

            assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
            assertThat(second.rowsByTable()).isEqualTo(first.rowsByTable());
            var rows = first.rowsByTable();
            assertThat(rows).containsEntry("advocate", 1_000L).containsEntry("customer_account", 50L)
                    .containsEntry("reference_request", 200L).containsEntry("activity", 10_000L);
            // At 100,000 advocates: 69 % matchable, 415k consents, 215k asks (issue 15's measurement).
            assertThat(first.matchableAdvocates() / 1_000.0).isCloseTo(0.69, within(0.04));
            assertThat(rows.get("activity_consent") / 1_000.0).isCloseTo(4.15, within(0.25));
            assertThat(rows.get("ask") / 1_000.0).isCloseTo(2.15, within(0.15));
        } finally {
            database.drop();
        }
    }

    private static DataSetGenerator.DataSet generate(BenchmarkDatabase database) throws SQLException {
        database.recreate();
        try (var connection = database.connect()) {
            return DataSetGenerator.generate(connection, SIZE);
        }
    }
}
