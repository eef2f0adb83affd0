package org.peerproof.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The API section replaces only itself, so "scripts/benchmark.sh api" and the full run leave the same file. */
class ApiReportTest {

    private static final String SECTION = ApiReport.HEADING + "\n\nnew figures\n";

    @Test
    void aReportWithoutTheSectionGetsItAtTheEnd() {
        assertThat(ApiReport.replaceSection("# Benchmarks\n\n## Machine\n\n- CPUs: 2\n", SECTION))
                .isEqualTo("# Benchmarks\n\n## Machine\n\n- CPUs: 2\n\n" + SECTION);
    }

    @Test
    void theSectionIsReplacedInPlaceAndTheOthersKept() {
        var document = "# Benchmarks\n\n" + ApiReport.HEADING + "\n\nold figures\n\n## Data sets\n\nrows\n";

        assertThat(ApiReport.replaceSection(document, SECTION))
                .isEqualTo("# Benchmarks\n\n" + SECTION + "\n## Data sets\n\nrows\n");
    }

    @Test
    void writingTheSameSectionTwiceChangesNothing() {
        var once = ApiReport.replaceSection("# Benchmarks\n\n## Machine\n\n- CPUs: 2\n", SECTION);

        assertThat(ApiReport.replaceSection(once, SECTION)).isEqualTo(once);
    }
}
