package org.peerproof.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.matching.MatchCandidate;
import org.peerproof.domain.matching.MatchingService;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 15's benchmark in small, in the suite: ranking over 10,000 generated advocates fails only far beyond its
 * budget, so a regression shows without flaky timing asserts. scripts/benchmark.sh measures it properly.
 */
class RankingGuardTest {

    /**
     * Issue 15's budget is a p95 under 50 ms for the first page at 100,000 advocates; ten times that, at a tenth of the
     * advocates, fails only on a regression of an order of magnitude, not on a busy 2-core CI machine
     * (docs/benchmarks.md: a few milliseconds at 10k).
     */
    static final Duration RANKING_P95_LIMIT = Duration.ofMillis(500);
    /** A few calls: the figure only has to be within a wide margin. */
    static final Runner SUITE_RUNS = new Runner(2, Duration.ZERO, 5, 5, Duration.ZERO);

    static final BenchmarkDatabase DATABASE = new BenchmarkDatabase(
            "peerproof_bench_guard_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12));
    static DataSetGenerator.DataSet dataSet;
    static ConfigurableApplicationContext context;

    @BeforeAll
    static void generateAndStart() throws Exception {
        DATABASE.recreate();
        try (var connection = DATABASE.connect()) {
            dataSet = DataSetGenerator.generate(connection, DataSetSize.parse("10k"));
        }
        context = BenchmarkApplication.start(DATABASE);
    }

    @AfterAll
    static void stopAndDrop() throws Exception {
        if (context != null) {
            context.close();
        }
        DATABASE.drop();
    }

    @Test
    void rankingTenThousandAdvocatesStaysWithinTheGuard() {
        var ranking = new ScaleBenchmark(context, SUITE_RUNS).ranking(dataSet.rankedRequestIds());

        System.out.printf("Ranking guard, 10k advocates (%s generated in %.1f s): %s; limit %d ms%n",
                dataSet.rowsByTable(), dataSet.generationTime().toMillis() / 1000.0, ranking,
                RANKING_P95_LIMIT.toMillis());
        assertThat(ranking.p95()).isLessThan(RANKING_P95_LIMIT);
    }

    @Test
    void theRankingListsEveryMatchableAdvocateTheGeneratorCounted() {
        var matching = context.getBean(MatchingService.class);
        var requestId = dataSet.rankedRequestIds().getFirst();

        var eligible = matching.rankEligible(requestId, DataSetGenerator.NOW, 0, ScaleBenchmark.PAGE_SIZE);
        var protectedOnes = matching.rankIneligible(requestId, DataSetGenerator.NOW, 0, ScaleBenchmark.PAGE_SIZE);

        assertThat(eligible.total() + protectedOnes.total()).isEqualTo(dataSet.matchableAdvocates());
        assertThat(eligible.candidates()).hasSize(ScaleBenchmark.PAGE_SIZE).allMatch(MatchCandidate::eligible);
        assertThat(protectedOnes.candidates()).hasSize(ScaleBenchmark.PAGE_SIZE).noneMatch(MatchCandidate::eligible);
    }
}
