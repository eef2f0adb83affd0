package org.peerproof.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.testsupport.H2JpaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * {@link MatchIndexEquivalenceTest} on H2, the application's default database: the index's queries read the same rows
 * there. The program stays in the test's transaction (the in-memory database is shared with other tests), so the
 * ranking reads it as a transaction's own writes; the poll's queries run too.
 */
@H2JpaTest
@Import({MatchingService.class, MatchIndex.class, EligibilitySnapshots.class, EntityRanking.class,
        GeneratedProgram.class, SimpleMeterRegistry.class, GeneratedProgram.AtNow.class})
class H2MatchIndexEquivalenceTest {

    @Autowired MatchingService matching;
    @Autowired MatchIndex index;
    @Autowired EntityRanking entities;
    @Autowired GeneratedProgram program;
    @Autowired EntityManager entityManager;

    @Test
    void theIndexRanksAsTheEntitiesDidOnH2() {
        var requestIds = program.generate(16, 50);
        entityManager.flush();
        entityManager.clear();
        index.poll();

        // A few instants: the entity path's grouped latest-activity query is slow on H2 (about 1 s a ranking here).
        var instants = GeneratedProgram.ASK_INSTANTS.subList(0, 4);
        int candidates = 0;
        for (var requestId : requestIds) {
            for (var askedAt : instants) {
                var ranked = matching.rank(requestId, askedAt, true);
                assertThat(ranked).as("request %d at %s", requestId, askedAt)
                        .isEqualTo(entities.rank(requestId, askedAt, true));
                candidates += ranked.size();
            }
        }
        assertThat(candidates).isGreaterThan(requestIds.size() * instants.size() * 20);
    }
}
