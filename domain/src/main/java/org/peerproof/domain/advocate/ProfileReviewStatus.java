package org.peerproof.domain.advocate;

import java.time.LocalDate;

/** Whether the advocate should confirm their profile is still correct (rule 9), and when they last did. */
public record ProfileReviewStatus(boolean needsReview, LocalDate lastReviewedOn) {
}
