package org.peerproof.domain.matching;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.advocate.AdvocateRepository;
import org.peerproof.domain.advocate.Utilization;
import org.peerproof.domain.ask.AdvocateAskStatus;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.peerproof.domain.tier.TierRepository;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference for the {@link MatchIndex}: ranking as {@link MatchingService} did it before ADR 0004, on every
 * matchable advocate loaded as an entity with its collections, through {@link EligibilitySnapshots}, rule 1 and
 * rule 3. Kept only so tests can show the index ranks identically (here and on the demo data in the app).
 */
@TestComponent
@Transactional(readOnly = true)
public class EntityRanking {

    private final ReferenceRequestRepository requests;
    private final AdvocateRepository advocates;
    private final TierRepository tiers;
    private final AskRepository asks;
    private final EligibilitySnapshots snapshots;
    private final ProgramSettingsRepository settings;

    public EntityRanking(ReferenceRequestRepository requests, AdvocateRepository advocates, TierRepository tiers,
                  AskRepository asks, EligibilitySnapshots snapshots, ProgramSettingsRepository settings) {
        this.requests = requests;
        this.advocates = advocates;
        this.tiers = tiers;
        this.asks = asks;
        this.snapshots = snapshots;
        this.settings = settings;
    }

    /** What {@link MatchingService#rank} returned before the index. */
    public List<MatchCandidate> rank(Long requestId, Instant askedAt, boolean includeIneligible) {
        var request = requests.findForMatching(requestId)
                .orElseThrow(() -> new RecordNotFoundException("request.notFound", requestId));
        var rules = settings.current().toRules();
        var policy = new EligibilityPolicy(rules);
        var candidates = loadMatchableAdvocates();
        var eligibilityByAdvocate = snapshots.forNewAsks(candidates, request.getActivityType(), askedAt);
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

    private List<Advocate> loadMatchableAdvocates() {
        var matchable = advocates.findMatchable().stream()
                .filter(advocate -> advocate.unreadableBecause().isEmpty()).toList();
        if (matchable.isEmpty()) {
            return matchable;
        }
        var ids = matchable.stream().map(Advocate::getId).toList();
        advocates.fetchConsents(ids);
        advocates.fetchBlackouts(ids);
        advocates.fetchLanguages(ids);
        advocates.fetchProductsUsed(ids);
        advocates.fetchUseCases(ids);
        tiers.findAllWithAllowedActivityTypes();
        return matchable;
    }

    private Map<Long, Long> asksInUsageWindow(List<Advocate> candidates, LocalDate askDate) {
        if (candidates.isEmpty()) {
            return Map.of();
        }
        var window = MatchScoring.usageWindowEndingOn(askDate);
        return asks.countTowardCapByAdvocate(candidates.stream().map(Advocate::getId).toList(),
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
