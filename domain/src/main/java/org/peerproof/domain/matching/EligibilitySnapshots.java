package org.peerproof.domain.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.peerproof.domain.activity.ActivityRepository;
import org.peerproof.domain.activity.ActivityTypeCode;
import org.peerproof.domain.activity.LatestActivity;
import org.peerproof.domain.advocate.ActivityConsent;
import org.peerproof.domain.advocate.Advocate;
import org.peerproof.domain.ask.Ask;
import org.peerproof.domain.ask.AskRepository;
import org.peerproof.domain.ask.AskStatus;
import org.peerproof.domain.calendar.DateRange;
import org.peerproof.domain.calendar.Quarter;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link EligibilityCandidate} for a stored advocate: the one place that reads consents, availability,
 * ask counts, the last activity and the tier for {@link EligibilityPolicy}. Quarters are the advocate's own,
 * in their time zone. Call inside the transaction that acts on the answer.
 */
@Component
public class EligibilitySnapshots {

    /** An advocate staff have not placed in a tier yet: ordinary rest periods, and no activity type allowed. */
    static final int UNTIERED_RANK = 3;

    private final AskRepository asks;
    private final ActivityRepository activities;

    public EligibilitySnapshots(AskRepository asks, ActivityRepository activities) {
        this.asks = asks;
        this.activities = activities;
    }

    /** For offering a new ask: every ask of the quarter that counts toward the cap (all but withdrawn ones). */
    public EligibilityCandidate forNewAsk(Advocate advocate, ActivityTypeCode activityType, LocalDate askDate) {
        var quarter = Quarter.of(askDate);
        var zone = advocate.getTimeZone();
        long asked = asks.countTowardCap(advocate.getId(), quarter.startInclusive(zone), quarter.endExclusive(zone));
        return of(advocate, activityType, asked, activities.findLatest(advocate.getId()));
    }

    /**
     * For accepting {@code ask} on {@code acceptDate}: the slots the advocate's other asks of that quarter already
     * take (accepted or completed), so the last free slot goes to exactly one accept.
     */
    public EligibilityCandidate forAccepting(Ask ask, LocalDate acceptDate) {
        var advocate = ask.getAdvocate();
        var quarter = Quarter.of(acceptDate);
        var zone = advocate.getTimeZone();
        long taken = asks.countOthersAskedBetween(advocate.getId(), quarter.startInclusive(zone),
                quarter.endExclusive(zone), AskStatus.takingASlot(), ask.getId());
        return of(advocate, ask.getRequest().getActivityType(), taken, activities.findLatest(advocate.getId()));
    }

    /** The candidate for {@code advocate} given its ask count and latest activity, read however the caller reads them. */
    static EligibilityCandidate of(Advocate advocate, ActivityTypeCode activityType, long asksThisQuarter,
                                           Optional<LatestActivity> latestActivity) {
        var willing = EnumSet.noneOf(ActivityTypeCode.class);
        advocate.getConsents().stream().filter(ActivityConsent::isWilling)
                .forEach(consent -> willing.add(consent.getActivityType()));
        var tier = advocate.getTier();
        Set<ActivityTypeCode> tierAllowed = tier == null ? Set.of() : tier.getAllowedActivityTypes();
        var lastActivity = latestActivity
                .map(latest -> new LastCompletedActivity(latest.occurredOn(), latest.heavy()))
                .orElse(null);
        return new EligibilityCandidate(advocate.getStatus(), willing,
                advocate.consentFor(activityType).map(ActivityConsent::getMaxAsksPerQuarter).orElse(null),
                advocate.getPausedUntil(),
                advocate.getBlackouts().stream().map(b -> new DateRange(b.startDate(), b.endDate())).toList(),
                Math.toIntExact(asksThisQuarter), lastActivity, tier == null ? UNTIERED_RANK : tier.getRank(),
                tierAllowed);
    }
}
