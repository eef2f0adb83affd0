package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.AdvocateStatus;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.calendar.DateRange;

/**
 * One matchable advocate as the {@link MatchIndex} keeps them: what rules 1 and 3 read, in primitives and bit sets
 * (ADR 0004). Days are epoch days, instants epoch seconds; {@link #NONE} marks a day that is not there.
 *
 * @param products          products the advocate uses, as bits of the index's product dictionary
 * @param useCases          use cases, likewise
 * @param languages         ISO 639 codes, likewise
 * @param willingTypes      one bit per {@link ActivityTypeCode#ordinal()} the advocate consented to
 * @param ownMaxByType      per activity type ordinal, the consent's own quarterly maximum (whether willing or not), or
 *                          -1 without a consent for the type
 * @param pausedUntil       last day of the pause, or {@link #NONE}
 * @param blackouts         first and last day of each blackout, in pairs
 * @param tierRank          1 for Tier 1; {@link EligibilitySnapshots#UNTIERED_RANK} without a tier
 * @param tierAllowedTypes  one bit per activity type ordinal the tier allows
 * @param askedAt           the asks that count toward the cap made since the index's ask horizon, ascending
 * @param lastActivityDay   day of the latest activity, or {@link #NONE}
 */
record MatchRow(long id, long accountId, String name, String companyName, String tierName, Industry industry,
                SizeBand sizeBand, Region region, Persona persona, long[] products, long[] useCases, long[] languages,
                int willingTypes, int[] ownMaxByType, int pausedUntil, int[] blackouts, int tierRank,
                int tierAllowedTypes, ZoneId zone, long[] askedAt, int lastActivityDay, boolean lastActivityHeavy) {

    static final int NONE = Integer.MIN_VALUE;

    /** How many of the counted asks were made in {@code [from, to)}, both in epoch seconds. */
    int asksBetween(long from, long to) {
        return firstAtOrAfter(to) - firstAtOrAfter(from);
    }

    private int firstAtOrAfter(long second) {
        int found = Arrays.binarySearch(askedAt, second);
        if (found < 0) {
            return -found - 1;
        }
        while (found > 0 && askedAt[found - 1] == second) {
            found--;
        }
        return found;
    }

    /** The consent's own quarterly maximum for {@code type}, or {@code null} without a consent for it. */
    Integer ownMaxAsksPerQuarter(ActivityTypeCode type) {
        int own = ownMaxByType[type.ordinal()];
        return own < 0 ? null : own;
    }

    /** The advocate as {@link EligibilityPolicy} sees them, as {@link EligibilitySnapshots} would build it. */
    EligibilityCandidate eligibility(ActivityTypeCode type, int asksThisQuarter) {
        var blackoutRanges = new ArrayList<DateRange>(blackouts.length / 2);
        for (int i = 0; i < blackouts.length; i += 2) {
            blackoutRanges.add(new DateRange(LocalDate.ofEpochDay(blackouts[i]), LocalDate.ofEpochDay(blackouts[i + 1])));
        }
        return new EligibilityCandidate(AdvocateStatus.ACTIVE, types(willingTypes), ownMaxAsksPerQuarter(type),
                pausedUntil == NONE ? null : LocalDate.ofEpochDay(pausedUntil), blackoutRanges, asksThisQuarter,
                lastActivityDay == NONE ? null
                        : new LastCompletedActivity(LocalDate.ofEpochDay(lastActivityDay), lastActivityHeavy),
                tierRank, types(tierAllowedTypes));
    }

    /** The advocate as {@link MatchScoring} compares them, with their usage for tie-breaks. */
    AdvocateFitProfile fit(MatchDictionaries dictionaries, int asksInUsageWindow) {
        return new AdvocateFitProfile(id, industry, sizeBand, region,
                new HashSet<>(dictionaries.products().valuesOf(products)),
                new HashSet<>(dictionaries.useCases().valuesOf(useCases)),
                new HashSet<>(dictionaries.languages().valuesOf(languages)), persona, asksInUsageWindow);
    }

    /** The activity types whose bits are set. */
    static Set<ActivityTypeCode> types(int bits) {
        var types = EnumSet.noneOf(ActivityTypeCode.class);
        for (var type : ActivityTypeCode.values()) {
            if ((bits & bit(type)) != 0) {
                types.add(type);
            }
        }
        return types;
    }

    static int bit(ActivityTypeCode type) {
        return 1 << type.ordinal();
    }
}
