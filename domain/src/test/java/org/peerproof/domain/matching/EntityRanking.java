package org.peerproof.domain.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Optional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.Utilization;
import org.peerproof.domain.ask.AdvocateAskStatus;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.Quarter;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference for the {@link MatchIndex}: ranking as {@link MatchingService} did it before ADR 0004, on every
 * matchable advocate loaded as an entity with its collections ({@link EntityRankingQueries}), through the
 * candidates {@link EligibilitySnapshots} builds, rule 1 and rule 3. Kept only so tests can show the index ranks identically (here and on the demo data in the app).
 */
@TestComponent
@Transactional(readOnly = true)
public class EntityRanking {

    private final ReferenceRequestRepository requests;
    private final AdvocateRepository advocates;
    private final EntityRankingQueries queries;
    private final AskRepository asks;
    private final ProgramSettingsRepository settings;

    public EntityRanking(ReferenceRequestRepository requests, AdvocateRepository advocates,
                         EntityRankingQueries queries, AskRepository asks, ProgramSettingsRepository settings) {
        this.requests = requests;
        this.advocates = advocates;
        this.queries = queries;
        this.asks = asks;
        this.settings = settings;
    }

    /** What {@link MatchingService#rank} returned before the index. */
    public List<MatchCandidate> rank(Long requestId, Instant askedAt, boolean includeIneligible) {
        var request = requests.findForMatching(requestId)
                .orElseThrow(() -> new RecordNotFoundException("request.notFound", requestId));
        var rules = settings.current().toRules();
        var policy = new EligibilityPolicy(rules);
        var candidates = loadMatchableAdvocates();
        var eligibilityByAdvocate = snapshotsForNewAsks(candidates, request.getActivityType(), askedAt);
        var usage = asksInUsageWindow(candidates, LocalDate.ofInstant(askedAt, ZoneOffset.UTC));

        var eligible = new ArrayList<AdvocateFitProfile>();
        var ineligible = new ArrayList<AdvocateFitProfile>();
        var reasonsByAdvocate = new HashMap<Long, List<IneligibilityReason>>();
        for (var advocate : candidates) {
            var askDay = LocalDate.ofInstant(askedAt, advocate.getTimeZone());
            var result = policy.evaluate(eligibilityByAdvocate.get(advocate.getId()), request.getActivityType(), askDay);
            var profile = AdvocateFitProfile.of(advocate, Math.toIntExact(usage.getOrDefault(advocate.getId(), 0L)));
            if (result.eligible()) {
                eligible.add(profile);
            } else if (includeIneligible) {
                ineligible.add(profile);
                reasonsByAdvocate.put(advocate.getId(), result.reasons());
            }
        }

        var prospect = ProspectProfile.of(request);
        var byId = candidates.stream().collect(Collectors.toMap(Advocate::getId, Function.identity()));
        var alreadyAsked = asks.findAdvocateStatusesByRequest(requestId).stream()
                .collect(Collectors.toMap(AdvocateAskStatus::advocateId, AdvocateAskStatus::status));
        var ranked = new ArrayList<MatchCandidate>();
        var utilization = new HashMap<Long, Integer>();
        eligibilityByAdvocate.forEach((id, snapshot) -> utilization.put(id, Utilization.percent(
                snapshot.asksThisQuarter(), rules.quarterlyAskCap(), snapshot.ownMaxAsksPerQuarter())));
        MatchScoring.rank(prospect, eligible).forEach(scored -> ranked.add(candidate(scored, byId, utilization,
                List.of(), alreadyAsked)));
        MatchScoring.rank(prospect, ineligible).forEach(scored -> ranked.add(candidate(scored, byId, utilization,
                reasonsByAdvocate.get(scored.advocate().advocateId()), alreadyAsked)));
        return ranked;
    }

    /**
     * {@link EligibilitySnapshots#forNewAsk} for many advocates at once, each on their own day at {@code askedAt}:
     * the asks of each advocate's quarter and the latest activities from grouped queries.
     *
     * @return advocate id to candidate, for every advocate given
     */
    Map<Long, EligibilityCandidate> snapshotsForNewAsks(List<Advocate> advocates, ActivityTypeCode activityType,
                                                        Instant askedAt) {
        if (advocates.isEmpty()) {
            return Map.of();
        }
        var latestActivities = queries.findLatestByAdvocate(advocates.stream().map(Advocate::getId).toList());
        var asked = asksInOwnQuarterByAdvocate(advocates, askedAt);
        var candidates = new HashMap<Long, EligibilityCandidate>();
        for (var advocate : advocates) {
            candidates.put(advocate.getId(), EligibilitySnapshots.of(advocate, activityType,
                    asked.getOrDefault(advocate.getId(), 0L), Optional.ofNullable(latestActivities.get(advocate.getId()))));
        }
        return candidates;
    }

    /** One grouped count per time zone: each advocate's quarter is the one their own day at {@code at} falls in. */
    private Map<Long, Long> asksInOwnQuarterByAdvocate(List<Advocate> advocates, Instant at) {
        var idsByZone = advocates.stream().collect(Collectors.groupingBy(Advocate::getTimeZone,
                Collectors.mapping(Advocate::getId, Collectors.toList())));
        var counts = new HashMap<Long, Long>();
        idsByZone.forEach((zone, ids) -> {
            var quarter = Quarter.of(LocalDate.ofInstant(at, zone));
            counts.putAll(queries.countTowardCapByAdvocate(ids, quarter.startInclusive(zone), quarter.endExclusive(zone)));
        });
        return counts;
    }

    private List<Advocate> loadMatchableAdvocates() {
        var matchable = queries.findMatchable().stream()
                .filter(advocate -> advocate.unreadableBecause().isEmpty()).toList();
        if (matchable.isEmpty()) {
            return matchable;
        }
        var ids = matchable.stream().map(Advocate::getId).toList();
        queries.fetchConsents(ids);
        queries.fetchBlackouts(ids);
        queries.fetchLanguages(ids);
        advocates.fetchProductsUsed(ids);
        queries.fetchUseCases(ids);
        queries.findAllTiersWithAllowedActivityTypes();
        return matchable;
    }

    private Map<Long, Long> asksInUsageWindow(List<Advocate> candidates, LocalDate askDate) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        var window = MatchScoring.usageWindowEndingOn(askDate);
        return queries.countTowardCapByAdvocate(candidates.stream().map(Advocate::getId).toList(),
                window.start().atStartOfDay(ZoneOffset.UTC).toInstant(),
                window.end().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static MatchCandidate candidate(ScoredAdvocate scored, Map<Long, Advocate> advocatesById,
                                            Map<Long, Integer> utilization, List<IneligibilityReason> reasons,
                                            Map<Long, AskStatus> alreadyAsked) {
        var advocate = advocatesById.get(scored.advocate().advocateId());
        return new MatchCandidate(advocate.getId(), advocate.getName(), advocate.getAccount().getCompanyName(),
                advocate.getTier() == null ? null : advocate.getTier().getName(), utilization.get(advocate.getId()),
                reasons.isEmpty(), scored.score(), reasons, alreadyAsked.get(advocate.getId()));
    }
}
