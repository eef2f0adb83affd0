package org.peerproof.domain.activity;

import java.time.LocalDate;

/** The summed effort of one advocate's activities on one day, for a page of history's quarter totals. */
public record DailyEffort(LocalDate day, Long effort) {
}
