package org.peerproof.domain.metrics;

import java.util.OptionalDouble;

/**
 * Net Promoter Score from 0–10 answers: the percentage of promoters (9–10) minus the percentage of detractors
 * (0–6), from -100 to 100. Passives (7–8) count in the total only.
 *
 * @param promoters  answers of 9 or 10
 * @param passives   answers of 7 or 8
 * @param detractors answers of 0 to 6
 */
public record NpsTally(long promoters, long passives, long detractors) {

    /** Lowest score that makes a promoter. */
    public static final int PROMOTER_MIN = 9;
    /** Highest score that makes a detractor. */
    public static final int DETRACTOR_MAX = 6;

    public NpsTally {
        if (promoters < 0 || passives < 0 || detractors < 0) {
            throw new IllegalArgumentException("Counts must not be negative");
        }
    }

    /** Tallies individual 0–10 answers. */
    public static NpsTally of(int... scores) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (int score : scores) {
            if (score < 0 || score > 10) {
                throw new IllegalArgumentException("NPS answers are 0 to 10 but got " + score);
            }
            if (score >= PROMOTER_MIN) {
                promoters++;
            } else if (score <= DETRACTOR_MAX) {
                detractors++;
            } else {
                passives++;
            }
        }
        return new NpsTally(promoters, passives, detractors);
    }

    public long responses() {
        return promoters + passives + detractors;
    }

    /** The score from -100 to 100; empty without answers. */
    public OptionalDouble score() {
        long responses = responses();
        return responses == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * (promoters - detractors) / responses);
    }
}
