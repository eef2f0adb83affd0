package org.peerproof.domain.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.peerproof.domain.advocate.Utilization;
import org.peerproof.domain.ask.AdvocateAskStatus;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.request.ReferenceRequestRepository;
import org.peerproof.domain.settings.ProgramRules;
import org.peerproof.domain.settings.ProgramSettingsRepository;
import org.peerproof.domain.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ranks the program's advocates for a reference request: Rule 1 decides who may be asked ({@link EligibilityPolicy}),
 * Rule 3 orders them ({@link MatchScoring}). Reads the {@link MatchIndex} in one pass (ADR 0004); only the advocates
 * returned become {@link MatchCandidate}s, judged and scored by the rule classes. Besides the index, a ranking reads
 * the request, the program settings and the request's asks.
 */
@Service
public class MatchingService {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);
    private static final int ALL = Integer.MAX_VALUE;

    private final ReferenceRequestRepository requests;
    private final AskRepository asks;
    private final ProgramSettingsRepository settings;
    private final MatchIndex index;
    private final TransactionTemplate reads;
    private final Timer rankings;

    public MatchingService(ReferenceRequestRepository requests, AskRepository asks, ProgramSettingsRepository settings,
                           MatchIndex index, PlatformTransactionManager transactions, MeterRegistry meters) {
        this.requests = requests;
        this.asks = asks;
        this.settings = settings;
        this.index = index;
        this.reads = new TransactionTemplate(transactions);
        reads.setReadOnly(true);
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
        return rankings.record(() -> {
            var ranked = ranked(requestId, askedAt, new Window(0, ALL), new Window(0, includeIneligible ? ALL : 0));
            return Stream.concat(ranked.eligible().candidates().stream(),
                    ranked.ineligible().candidates().stream()).toList();
        });
    }

    /**
     * One page of the advocates Rule 1 lets be asked for the request at {@code askedAt}, best first, as
     * {@link #rank} lists them.
     *
     * @param offset how many of the best to skip
     * @param limit  the most to return
     */
    public MatchPage rankEligible(Long requestId, Instant askedAt, int offset, int limit) {
        return rankings.record(() -> ranked(requestId, askedAt, new Window(offset, limit), new Window(0, 0)).eligible());
    }

    /** One page of the advocates Rule 1 rules out at {@code askedAt}, with their reasons, best first. */
    public MatchPage rankIneligible(Long requestId, Instant askedAt, int offset, int limit) {
        return rankings.record(() -> ranked(requestId, askedAt, new Window(0, 0), new Window(offset, limit)).ineligible());
    }

    private Ranked ranked(Long requestId, Instant askedAt, Window eligible, Window ineligible) {
        index.catchUp(askedAt);
        return reads.execute(status -> {
            var request = requests.findForMatching(requestId)
                    .orElseThrow(() -> new RecordNotFoundException("request.notFound", requestId));
            var rules = settings.current().toRules();
            var prospect = ProspectProfile.of(request);
            // Rows first: reading them numbers the products, use cases and languages the request's masks refer to.
            var rows = index.rowsForThisTransaction().rows();
            var query = new MatchQuery(prospect, request.getActivityType(), askedAt, rules, index.dictionaries());
            var ranking = query.rank(rows, eligible.kept(), ineligible.kept());
            var alreadyAsked = asks.findAdvocateStatusesByRequest(requestId).stream()
                    .collect(Collectors.toMap(AdvocateAskStatus::advocateId, AdvocateAskStatus::status));
            var candidates = new Candidates(query, prospect, rules, alreadyAsked);
            return new Ranked(
                    new MatchPage(eligible.of(ranking.eligible()).stream().map(hit -> candidates.of(hit, true)).toList(),
                            ranking.eligibleCount()),
                    new MatchPage(ineligible.of(ranking.ineligible()).stream().map(hit -> candidates.of(hit, false))
                            .toList(), ranking.ineligibleCount()));
        });
    }

    /** Which part of a ranked list to return. */
    private record Window(int offset, int limit) {

        Window {
            if (offset < 0 || limit < 0) {
                throw new IllegalArgumentException("Offset and limit must not be negative: " + offset + ", " + limit);
            }
        }

        /** How many of the best to keep for it. */
        int kept() {
            return limit == 0 ? 0 : (int) Math.min(ALL, (long) offset + limit);
        }

        <T> List<T> of(List<T> best) {
            return best.subList(Math.min(offset, best.size()), best.size());
        }
    }

    private record Ranked(MatchPage eligible, MatchPage ineligible) {
    }

    /** Turns kept rows into candidates, with the breakdown and the reasons from the rule classes themselves. */
    private final class Candidates {
        private final MatchQuery query;
        private final ProspectProfile prospect;
        private final ProgramRules rules;
        private final EligibilityPolicy policy;
        private final Map<Long, AskStatus> alreadyAsked;

        Candidates(MatchQuery query, ProspectProfile prospect, ProgramRules rules, Map<Long, AskStatus> alreadyAsked) {
            this.query = query;
            this.prospect = prospect;
            this.rules = rules;
            this.policy = new EligibilityPolicy(rules);
            this.alreadyAsked = alreadyAsked;
        }

        MatchCandidate of(MatchQuery.Hit hit, boolean judgedEligible) {
            var row = hit.row();
            var type = query.activityType();
            int asksThisQuarter = row.asksBetween(hit.day().quarterFrom(), hit.day().quarterTo());
            var verdict = policy.evaluate(row.eligibility(type, asksThisQuarter), type, hit.day().date());
            var score = MatchScoring.score(prospect, row.fit(index.dictionaries(), hit.asksInUsageWindow()));
            if (verdict.eligible() != judgedEligible || score.total() != hit.points()) {
                LOG.error("Matching index and rules disagree on advocate {}: eligible {} / {}, points {} / {}",
                        row.id(), judgedEligible, verdict.eligible(), hit.points(), score.total());
            }
            return new MatchCandidate(row.id(), row.name(), row.companyName(), row.tierName(),
                    Utilization.percent(asksThisQuarter, rules.quarterlyAskCap(), row.ownMaxAsksPerQuarter(type)),
                    verdict.eligible(), score, verdict.reasons(), alreadyAsked.get(row.id()));
        }
    }
}
