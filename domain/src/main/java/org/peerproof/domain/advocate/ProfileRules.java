package org.peerproof.domain.advocate;

import java.time.LocalDate;
import java.util.Set;

/** When an advocate's profile is complete enough to be matched, and when it is due for a review (rule 9). */
public final class ProfileRules {

    private ProfileRules() {
    }

    /** Matching needs to know where the advocate works, what they do, when to reach them and in which language. */
    public static boolean isComplete(boolean hasAccount, String title, Persona persona, String timeZone,
                                     Set<String> languages) {
        return hasAccount && title != null && !title.isBlank() && persona != null && timeZone != null
                && !languages.isEmpty();
    }

    /** A profile never reviewed is due at once; otherwise {@code reviewMonths} after the last review. */
    public static boolean needsReview(LocalDate lastReviewedOn, LocalDate today, int reviewMonths) {
        return lastReviewedOn == null || !today.isBefore(lastReviewedOn.plusMonths(reviewMonths));
    }

    /**
     * The newest last-review day that counts as stale on {@code today}, for queries: profiles reviewed on or before
     * it (or never) are due. The directory and the metrics both count stale profiles with it.
     */
    public static LocalDate staleOnOrBefore(LocalDate today, int reviewMonths) {
        // minusMonths clamps to the month's end, so on 30 June it gives 30 December although a review on 31 December
        // is also due (31 December + 6 months is 30 June): step over such days so this agrees with needsReview.
        var newest = today.minusMonths(reviewMonths);
        while (needsReview(newest.plusDays(1), today, reviewMonths)) {
            newest = newest.plusDays(1);
        }
        return newest;
    }
}
