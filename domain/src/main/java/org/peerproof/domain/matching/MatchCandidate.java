package org.peerproof.domain.matching;

import java.util.List;
import java.util.Objects;
import org.peerproof.domain.ask.AskStatus;

/**
 * One advocate in the ranked list for a request: how they fit and, when they cannot be asked, why not.
 *
 * @param advocateId  the advocate
 * @param name        the advocate's name
 * @param companyName the advocate's company
 * @param tierName    the advocate's tier
 * @param utilizationPercent asks this quarter (the advocate's own, for the cap) against min(program cap, their own
 *                    maximum for the request's activity type), in percent; {@code null} when that capacity is zero
 * @param eligible    whether Rule 1 lets them be asked on the ask date
 * @param score       how they fit the request (also shown for ineligible advocates, e.g. a strong fit who is
 *                    capped until next quarter)
 * @param reasons     every failed clause of Rule 1; empty when eligible
 * @param askStatus   where the ask for this request stands if the advocate was already asked for it, else
 *                    {@code null}; a request goes to an advocate at most once
 */
public record MatchCandidate(Long advocateId, String name, String companyName, String tierName,
                             Integer utilizationPercent, boolean eligible, MatchScore score,
                             List<IneligibilityReason> reasons, AskStatus askStatus) {

    public MatchCandidate {
        Objects.requireNonNull(advocateId, "advocateId");
        Objects.requireNonNull(score, "score");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (eligible != reasons.isEmpty()) {
            throw new IllegalArgumentException("An advocate is eligible exactly when there is no reason against it");
        }
    }

    /** Whether staff may ask this advocate for the request now: eligible and not asked for it before. */
    public boolean askable() {
        return eligible && askStatus == null;
    }
}
