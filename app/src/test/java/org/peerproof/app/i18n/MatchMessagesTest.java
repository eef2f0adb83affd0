package org.peerproof.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.peerproof.domain.matching.CriterionScore;
import org.peerproof.domain.matching.MatchCriterion;
import org.peerproof.i18n.MessagesConfiguration;
import org.springframework.context.NoSuchMessageException;

/** Every explanation the matching score can give has a sentence in the bundle. */
class MatchMessagesTest {

    /** The outcomes MatchScoring produces per criterion, as (points, max) pairs: full, partial, none, not requested. */
    private static final Map<MatchCriterion, List<int[]>> OUTCOMES = Map.of(
            MatchCriterion.INDUSTRY, List.of(new int[] {52, 52}, new int[] {0, 52}),
            MatchCriterion.SIZE_BAND, List.of(new int[] {8, 8}, new int[] {4, 8}, new int[] {0, 8}),
            MatchCriterion.REGION, List.of(new int[] {6, 6}, new int[] {0, 6}),
            MatchCriterion.PRODUCTS, List.of(new int[] {14, 14}, new int[] {7, 14}, new int[] {0, 14}, new int[] {0, 0}),
            MatchCriterion.USE_CASE, List.of(new int[] {10, 10}, new int[] {5, 10}, new int[] {0, 10}, new int[] {0, 0}),
            MatchCriterion.LANGUAGE, List.of(new int[] {6, 6}, new int[] {0, 6}, new int[] {0, 0}),
            MatchCriterion.PERSONA, List.of(new int[] {4, 4}, new int[] {0, 4}, new int[] {0, 0}));

    @Test
    void everyScoreExplanationHasASentence() {
        var messages = MessagesConfiguration.createMessageSource();
        var missing = new TreeSet<String>();
        assertThat(OUTCOMES).containsOnlyKeys(MatchCriterion.values());
        OUTCOMES.forEach((criterion, outcomes) -> outcomes.forEach(outcome -> {
            var key = new CriterionScore(criterion, outcome[0], outcome[1], List.of()).messageKey();
            try {
                messages.getMessage(key, new Object[] {1, 2}, Locale.ENGLISH);
            } catch (NoSuchMessageException e) {
                missing.add(key);
            }
        }));
        assertThat(missing).isEmpty();
    }
}
