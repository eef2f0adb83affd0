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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the program's advocates for a reference request: Rule 1 decides who may be asked ({@link EligibilityPolicy}),
 * Rule 3 orders them ({@link MatchScoring}). Reads a fixed number of queries whatever the number of advocates,
 * plus one per time zone among them (see {@link EligibilitySnapshots#forNewAsks}).
 */
@Service
@Transactional(readOnly = true)
public class MatchingService {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);

    private final ReferenceRequestRepository requests;
    private final AdvocateRepository advocates;
    private final TierRepository tiers;
    private final AskRepository asks;
    private final EligibilitySnapshots snapshots;
    private final ProgramSettingsRepository settings;
    private final Timer rankings;

    public MatchingService(ReferenceRequestRepository requests, AdvocateRepository advocates, TierRepository tiers,
                           AskRepository asks, EligibilitySnapshots snapshots, ProgramSettingsRepository settings,
                           MeterRegistry meters) {
        this.requests = requests;
        this.advocates = advocates;
        this.tiers = tiers;
        this.asks = asks;
        this.snapshots = snapshots;
        this.settings = settings;
        // With a histogram, so dashboards can show the 95th percentile the scale target is written in.
        this.rankings = Timer.builder("peerproof.matching.ranking")
                .description("Time to rank the program's advocates for one reference request")
                .publishPercentileHistogram()
                .register(meters);
    }

    /**
     * The active advocates of reviewed accounts for request {@code requestId}, eligible ones first, each group
     * {@linkplain MatchScoring#BEST_FIRST best first}. Advocates already asked for the request keep their place
     * but carry their ask's status and are not {@linkplain MatchCandidate#askable() askable}. Rule 1 is judged on
     * each advocate's own day at {@code askedAt}, as {@link EligibilityNow} judges the ask itself: late in the UTC
     * evening of 31 March an advocate in Tokyo is already in the next quarter.
     *
     * @param askedAt           the moment the ask would be put to the advocates
     * @param includeIneligible whether to list advocates Rule 1 rules out, with their reasons, after the eligible ones
     * @throws RecordNotFoundException if there is no such request
     */
    public List<MatchCandidate> rank(Long requestId, Instant askedAt, boolean includeIneligible) {
        return rankings.record(() -> ranked(requestId, askedAt, includeIneligible));
    }

    private List<MatchCandidate> ranked(Long requestId, Instant askedAt, boolean includeIneligible) {
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

    /**
     * The advocates with everything eligibility and scoring read, one query per association for all of them
     * rather than one per advocate; the later queries fill the collections of the advocates the first one loaded.
     */
    private List<Advocate> loadMatchableAdvocates() {
        var matchable = advocates.findMatchable().stream().filter(MatchingService::readable).toList();
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

    /**
     * One advocate whose stored row breaks a rule is left out of the ranking, loudly, rather than failing it for
     * every request (docs/reliability.md).
     */
    private static boolean readable(Advocate advocate) {
        var problem = advocate.unreadableBecause();
        problem.ifPresent(why -> LOG.warn("Advocate {} left out of matching: {}", advocate.getId(), why));
        return problem.isEmpty();
    }

    /**
     * Asks per advocate in {@link MatchScoring#usageWindowEndingOn}, for tie-breaks. Counted in UTC days: a few
     * hours either side of the window do not matter for spreading usage, and it keeps this one query.
     */
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
