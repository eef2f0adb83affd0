package org.peerproof.domain.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import org.peerproof.domain.account.Industry;
import org.peerproof.domain.account.Region;
import org.peerproof.domain.account.SizeBand;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Persona;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.settings.ProgramRules;

/**
 * One request ranked over the {@link MatchIndex}'s rows in one pass (ADR 0004): rule 1's clauses on each row, on the
 * advocate's own day at the ask instant, and rule 3's points as integers, keeping the best eligible and the best
 * ineligible rows in bounded heaps. Gives exactly the verdicts of {@link EligibilityPolicy} and the totals and order of
 * {@link MatchScoring}; only the rows of a page become {@link MatchCandidate}s, judged and scored by those classes.
 */
final class MatchQuery {

    /** {@link MatchScoring#BEST_FIRST} on hits. */
    static final Comparator<Hit> BEST_FIRST = Comparator.comparingInt(Hit::points).reversed()
            .thenComparingInt(Hit::asksInUsageWindow)
            .thenComparingLong(hit -> hit.row().id());

    private final ActivityTypeCode activityType;
    private final int typeBit;
    private final ProgramRules rules;
    private final Instant askedAt;
    private final Industry industry;
    private final SizeBand sizeBand;
    private final Region region;
    private final long[] products;
    private final int productsRequested;
    private final long[] useCases;
    private final int useCasesRequested;
    private final long[] language;
    private final Persona persona;
    private final long usageFrom;
    private final long usageTo;
    private final Map<ZoneId, ZoneDay> days = new HashMap<>();

    MatchQuery(ProspectProfile prospect, ActivityTypeCode activityType, Instant askedAt, ProgramRules rules,
               MatchDictionaries dictionaries) {
        this.activityType = Objects.requireNonNull(activityType, "activityType");
        this.typeBit = MatchRow.bit(activityType);
        this.rules = Objects.requireNonNull(rules, "rules");
        this.askedAt = Objects.requireNonNull(askedAt, "askedAt");
        this.industry = prospect.industry();
        this.sizeBand = prospect.sizeBand();
        this.region = prospect.region();
        this.products = dictionaries.products().knownBitsOf(prospect.productIds());
        this.productsRequested = prospect.productIds().size();
        this.useCases = dictionaries.useCases().knownBitsOf(prospect.useCaseIds());
        this.useCasesRequested = prospect.useCaseIds().size();
        this.language = prospect.languageCode() == null ? null
                : dictionaries.languages().knownBitsOf(List.of(prospect.languageCode()));
        this.persona = prospect.preferredPersona();
        var usage = MatchScoring.usageWindowEndingOn(LocalDate.ofInstant(askedAt, ZoneOffset.UTC));
        this.usageFrom = usage.start().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        this.usageTo = usage.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    }

    /**
     * The earliest ask a ranking at {@code askedAt} counts: the start of the usage window, in UTC days as
     * {@code MatchingService} counts it; every advocate's quarter starts later.
     */
    static Instant earliestAskCounted(Instant askedAt) {
        var usage = MatchScoring.usageWindowEndingOn(LocalDate.ofInstant(askedAt, ZoneOffset.UTC));
        return usage.start().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    ActivityTypeCode activityType() {
        return activityType;
    }

    /**
     * Ranks every row: the best {@code eligibleWanted} eligible and the best {@code ineligibleWanted} ineligible,
     * each {@link #BEST_FIRST}, and how many there are of each. {@link Integer#MAX_VALUE} keeps them all.
     */
    Ranking rank(MatchRow[] rows, int eligibleWanted, int ineligibleWanted) {
        var eligible = new Best(eligibleWanted);
        var ineligible = new Best(ineligibleWanted);
        for (var row : rows) {
            var day = dayIn(row.zone());
            (eligible(row, day) ? eligible : ineligible).offer(row, points(row), day);
        }
        return new Ranking(eligible.best(), eligible.count, ineligible.best(), ineligible.count);
    }

    /** The advocate's own day at the ask instant and the bounds of its quarter, as {@link Quarter} gives them. */
    ZoneDay dayIn(ZoneId zone) {
        return days.computeIfAbsent(zone, this::computeDay);
    }

    private ZoneDay computeDay(ZoneId zone) {
        var date = LocalDate.ofInstant(askedAt, zone);
        var quarter = Quarter.of(date);
        return new ZoneDay(date, Math.toIntExact(date.toEpochDay()), quarter.startInclusive(zone).getEpochSecond(),
                quarter.endExclusive(zone).getEpochSecond());
    }

    /** Rule 1, the clauses of {@link EligibilityPolicy#evaluate} in its order; the row's status is always active. */
    boolean eligible(MatchRow row, ZoneDay day) {
        if ((row.willingTypes() & typeBit) == 0) {
            return false;
        }
        if (row.pausedUntil() != MatchRow.NONE && day.epochDay() <= row.pausedUntil()) {
            return false;
        }
        var blackouts = row.blackouts();
        for (int i = 0; i < blackouts.length; i += 2) {
            if (blackouts[i] <= day.epochDay() && day.epochDay() <= blackouts[i + 1]) {
                return false;
            }
        }
        int own = row.ownMaxByType()[activityType.ordinal()];
        int limit = own >= 0 && own < rules.quarterlyAskCap() ? own : rules.quarterlyAskCap();
        if (row.asksBetween(day.quarterFrom(), day.quarterTo()) >= limit) {
            return false;
        }
        if (row.lastActivityDay() != MatchRow.NONE) {
            boolean heavyRest = row.tierRank() == RestPeriod.TIER_ONE_RANK && row.lastActivityHeavy();
            int restDays = heavyRest ? rules.heavyRestDays() : rules.restDays();
            if (day.epochDay() < (long) row.lastActivityDay() + restDays) {
                return false;
            }
        }
        return (row.tierAllowedTypes() & typeBit) != 0;
    }

    /** Rule 3's total, criterion by criterion as {@link MatchScoring#score} adds it. */
    int points(MatchRow row) {
        int points = row.industry() == industry ? MatchScoring.INDUSTRY_POINTS : 0;
        points += switch (row.sizeBand().distanceTo(sizeBand)) {
            case 0 -> MatchScoring.SIZE_BAND_POINTS;
            case 1 -> MatchScoring.NEIGHBOURING_SIZE_BAND_POINTS;
            default -> 0;
        };
        points += row.region() == region ? MatchScoring.REGION_POINTS : 0;
        if (productsRequested > 0) {
            points += MatchScoring.PRODUCT_POINTS * BitDictionary.shared(row.products(), products) / productsRequested;
        }
        if (useCasesRequested > 0) {
            points += MatchScoring.USE_CASE_POINTS * BitDictionary.shared(row.useCases(), useCases) / useCasesRequested;
        }
        if (language != null && BitDictionary.shared(row.languages(), language) > 0) {
            points += MatchScoring.LANGUAGE_POINTS;
        }
        if (persona != null && row.persona() == persona) {
            points += MatchScoring.PERSONA_POINTS;
        }
        return points;
    }

    /** Asks in the {@linkplain MatchScoring#usageWindowEndingOn usage window}, in UTC days, for tie-breaks. */
    int asksInUsageWindow(MatchRow row) {
        return row.asksBetween(usageFrom, usageTo);
    }

    /**
     * One ranked row.
     *
     * @param day the advocate's own day at the ask instant
     */
    record Hit(MatchRow row, int points, int asksInUsageWindow, ZoneDay day) {
    }

    /** The advocate's day at the ask instant, as an epoch day too, and its quarter in epoch seconds, end exclusive. */
    record ZoneDay(LocalDate date, int epochDay, long quarterFrom, long quarterTo) {
    }

    /** The kept rows of each kind, best first, and how many rows were of that kind. */
    record Ranking(List<Hit> eligible, int eligibleCount, List<Hit> ineligible, int ineligibleCount) {
    }

    /** The best rows of one kind: all of them, or a heap holding the worst of the best on top. */
    private final class Best {
        private final int wanted;
        private final List<Hit> all;
        private final PriorityQueue<Hit> heap;
        private int count;

        Best(int wanted) {
            if (wanted < 0) {
                throw new IllegalArgumentException("Cannot keep " + wanted + " rows");
            }
            this.wanted = wanted;
            this.all = wanted == Integer.MAX_VALUE ? new ArrayList<>() : null;
            this.heap = wanted == Integer.MAX_VALUE ? null : new PriorityQueue<>(BEST_FIRST.reversed());
        }

        void offer(MatchRow row, int points, ZoneDay day) {
            count++;
            if (all != null) {
                all.add(new Hit(row, points, asksInUsageWindow(row), day));
                return;
            }
            if (wanted == 0) {
                return;
            }
            var worst = heap.size() == wanted ? heap.peek() : null;
            // Most rows lose on points alone; only they need no count of their asks.
            if (worst != null && points < worst.points()) {
                return;
            }
            var hit = new Hit(row, points, asksInUsageWindow(row), day);
            if (worst == null) {
                heap.add(hit);
            } else if (BEST_FIRST.compare(hit, worst) < 0) {
                heap.poll();
                heap.add(hit);
            }
        }

        List<Hit> best() {
            var best = new ArrayList<>(all != null ? all : heap);
            best.sort(BEST_FIRST);
            return best;
        }
    }
}
