package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.calendar.DateRange;

/**
 * An advocate as {@link EligibilityPolicy} sees them: a snapshot the caller assembles from the advocate,
 * their preferences, availability, ask history and tier, so the rule itself needs no repositories.
 *
 * @param status                advocate status; only {@link AdvocateStatus#ACTIVE} can be asked
 * @param consentedTypes        activity types the advocate is willing to do
 * @param ownMaxAsksPerQuarter  the advocate's own quarterly limit for the activity type asked, or
 *                              {@code null} for no own limit (the program cap still applies)
 * @param pausedUntil           last day of a pause, inclusive, or {@code null} when not paused
 * @param blackouts             periods the advocate is unavailable, ends inclusive
 * @param asksThisQuarter       asks already put to the advocate in the calendar quarter of the ask date,
 *                              counting only those that {@linkplain org.peerproof.domain.ask.AskStatus#countsTowardCap()
 *                              count toward the cap} (see {@link AskHistory#countTowardCap})
 * @param lastCompletedActivity the most recent completed activity, or {@code null} if there is none
 * @param tierRank              the advocate's tier, 1 for Tier 1
 * @param tierAllowedTypes      activity types the advocate's tier allows
 */
public record EligibilityCandidate(
        AdvocateStatus status,
        Set<ActivityTypeCode> consentedTypes,
        Integer ownMaxAsksPerQuarter,
        LocalDate pausedUntil,
        List<DateRange> blackouts,
        int asksThisQuarter,
        LastCompletedActivity lastCompletedActivity,
        int tierRank,
        Set<ActivityTypeCode> tierAllowedTypes) {

    public EligibilityCandidate {
        Objects.requireNonNull(status, "status");
        // copyOf makes the snapshot immutable and rejects null elements.
        consentedTypes = Set.copyOf(Objects.requireNonNull(consentedTypes, "consentedTypes"));
        blackouts = List.copyOf(Objects.requireNonNull(blackouts, "blackouts"));
        tierAllowedTypes = Set.copyOf(Objects.requireNonNull(tierAllowedTypes, "tierAllowedTypes"));
        if (ownMaxAsksPerQuarter != null && ownMaxAsksPerQuarter < 0) {
            throw new IllegalArgumentException("Own max asks per quarter must not be negative but was " + ownMaxAsksPerQuarter);
        }
        if (asksThisQuarter < 0) {
            throw new IllegalArgumentException("Asks this quarter must not be negative but was " + asksThisQuarter);
        }
        if (tierRank < RestPeriod.TIER_ONE_RANK) {
            throw new IllegalArgumentException("Tier rank must be at least 1 but was " + tierRank);
        }
    }
}
