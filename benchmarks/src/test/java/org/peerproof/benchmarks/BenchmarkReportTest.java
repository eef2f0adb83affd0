package org.peerproof.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rerun rewrites its own sections and keeps the Lighthouse figures written into the file by hand. */
class BenchmarkReportTest {

    private static final String REPORT = "# Benchmarks\n\n## Time per call\n\nnew figures\n";
    private static final String LIGHTHOUSE = "## Lighthouse\n\nscores\n";

    @Test
    void theLighthouseSectionSurvivesARerunAndTheOldFiguresDoNot() {
        var previous = "# Benchmarks\n\n## Time per call\n\nold figures\n\n" + LIGHTHOUSE + "\n"
                + ApiReport.HEADING + "\n\napi figures\n";

        assertThat(BenchmarkReport.withKeptSections(REPORT, previous))
                .isEqualTo(REPORT + "\n" + LIGHTHOUSE + "\n");
    }

    @Test
    void withoutAPreviousFileTheReportIsWrittenAsItIs() {
        assertThat(BenchmarkReport.withKeptSections(REPORT, "")).isEqualTo(REPORT);
    }
}
