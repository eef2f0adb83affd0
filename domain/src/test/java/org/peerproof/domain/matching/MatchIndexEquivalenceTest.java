package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peerproof.domain.testsupport.MariaDbJpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 15, ADR 0004: ranking from the matching index gives exactly what ranking from entities gave
 * ({@link EntityRanking}), order, scores with their breakdown, reasons, utilization and ask statuses, for several
 * requests at instants around quarter ends in zones from UTC-11 to UTC+14, on a generated program committed to
 * MariaDB, so the index reads it as it reads a live program.
 */
@MariaDbJpaTest
@Import({MatchingService.class, MatchIndex.class, EligibilitySnapshots.class, EntityRanking.class,
        GeneratedProgram.class, SimpleMeterRegistry.class, GeneratedProgram.AtNow.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchIndexEquivalenceTest {

    static final int ADVOCATES = 400;

    @Autowired MatchingService matching;
    @Autowired EntityRanking entities;
    @Autowired GeneratedProgram program;
    @Autowired TransactionTemplate transactions;

    private List<Long> requestIds;

    @BeforeAll
    void generateAProgram() {
        requestIds = transactions.execute(status -> program.generate(15, ADVOCATES));
    }

    @Test
    void theIndexRanksEveryRequestAtEveryInstantAsTheEntitiesDid() {
        int rankings = 0;
        int candidates = 0;
        int ineligible = 0;
        var reasons = new TreeSet<String>();
        long indexNanos = 0;
        long entityNanos = 0;
        for (var requestId : requestIds) {
            for (var askedAt : GeneratedProgram.ASK_INSTANTS) {
                for (var includeIneligible : List.of(true, false)) {
                    long started = System.nanoTime();
                    var expected = entities.rank(requestId, askedAt, includeIneligible);
                    long between = System.nanoTime();
                    var actual = matching.rank(requestId, askedAt, includeIneligible);
                    indexNanos += System.nanoTime() - between;
                    entityNanos += between - started;
                    assertThat(actual).as("request %d at %s, ineligible %s", requestId, askedAt, includeIneligible)
                            .isEqualTo(expected);
                    rankings++;
                    candidates += actual.size();
                    ineligible += (int) actual.stream().filter(candidate -> !candidate.eligible()).count();
                    actual.forEach(candidate -> candidate.reasons()
                            .forEach(reason -> reasons.add(reason.getClass().getSimpleName())));
                }
            }
        }
        assertThat(candidates - ineligible).as("eligible candidates").isGreaterThan(rankings * 5);
        // Every clause of rule 1 but the status one (only active advocates are matchable) ruled someone out.
        assertThat(reasons).containsExactlyInAnyOrder("NoConsent", "Paused", "InBlackout", "QuarterlyCapReached",
                "OwnQuarterlyLimitReached", "Resting", "TierNotAllowed");
        System.out.printf("MatchIndexEquivalenceTest: %d rankings of %d advocates, %d candidates (%d ineligible) "
                        + "identical; mean per ranking: index %.1f ms, entities %.1f ms%n", rankings, ADVOCATES,
                candidates, ineligible, indexNanos / 1e6 / rankings, entityNanos / 1e6 / rankings);
    }

    @Test
    void aRankingAYearBackReadsOlderAsksAndStillAgrees() {
        var aYearBack = Instant.parse("2025-05-20T09:00:00Z");
        for (var requestId : requestIds) {
            assertThat(matching.rank(requestId, aYearBack, true)).isEqualTo(entities.rank(requestId, aYearBack, true));
        }
    }

    @Test
    void pagesAreSlicesOfTheWholeRanking() {
        for (var requestId : requestIds) {
            var askedAt = GeneratedProgram.NOW;
            var all = matching.rank(requestId, askedAt, true);
            var eligible = all.stream().filter(MatchCandidate::eligible).toList();
            var ineligible = all.stream().filter(candidate -> !candidate.eligible()).toList();

            var first = matching.rankEligible(requestId, askedAt, 0, 10);
            var third = matching.rankEligible(requestId, askedAt, 20, 10);
            var protectedPage = matching.rankIneligible(requestId, askedAt, 5, 25);

            assertThat(first.total()).isEqualTo(eligible.size());
            assertThat(first.candidates()).isEqualTo(eligible.subList(0, Math.min(10, eligible.size())));
            assertThat(third.candidates()).isEqualTo(eligible.subList(Math.min(20, eligible.size()),
                    Math.min(30, eligible.size())));
            assertThat(protectedPage.total()).isEqualTo(ineligible.size());
            assertThat(protectedPage.candidates()).isEqualTo(ineligible.subList(Math.min(5, ineligible.size()),
                    Math.min(30, ineligible.size())));
        }
    }
}
